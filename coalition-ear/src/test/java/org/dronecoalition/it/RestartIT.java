package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What is stored survives a restart of the server: the database is a file (or PostgreSQL), not memory. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    @Test
    void aChangeSurvivesARestartOfTheServerAndDemoDataIsNotLoadedTwice() throws Exception {
        as("cso").body("{\"code\":\"CY\",\"joinedOn\":\"2025-02-01\",\"role\":\"MEMBER\"}").post("/members")
                .then().statusCode(201);
        int before = anonymous().get("/members").then().extract().path("total");

        restartDomain();

        anonymous().get("/members/CY").then().statusCode(200).body("name", is("Cyprus"));
        anonymous().get("/members").then().statusCode(200).body("total", is(before));
    }

    private static void restartDomain() throws Exception {
        File domainDir = new File(System.getProperty("payara.domain.dir"));
        String asadmin = System.getProperty("payara.home") + "/bin/asadmin";
        Process restart = new ProcessBuilder("bash", asadmin, "--port", System.getProperty("payara.admin.port"),
                "--user", "admin", "--passwordfile", new File(domainDir, "password.properties").getPath(),
                "restart-domain", "--domaindir", domainDir.getPath(), "cargo-domain")
                .redirectErrorStream(true).inheritIO().start();
        assertThat("asadmin restart-domain exit code", restart.waitFor(), is(0));
        awaitApplication(Duration.ofMinutes(4));
    }

    /**
     * Polls outside the API contract: while it starts, the server itself answers (HTML pages,
     * refused connections) until the application is deployed.
     */
    private static void awaitApplication(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest member = HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/members/LV")).build();
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(member, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException connectionRefused) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        fail("The application did not answer within " + timeout + " of the restart");
    }
}
