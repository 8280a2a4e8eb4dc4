package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The Payara domain the build started for the tests: killed, and started again as an operator would. */
final class Domain {

    private static final File DIR = new File(System.getProperty("payara.domain.dir", "target"));
    private static final String NAME = "cargo-domain";

    private Domain() {
    }

    /** Ends the server process at once, as a power cut or the OOM killer would: no shutdown, no flush. */
    static void kill() throws Exception {
        String pid = Files.readString(new File(DIR, NAME + "/config/pid").toPath()).strip();
        Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        assertThat("kill -9 " + pid, kill.waitFor(), is(0));
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> p.onExit().join());
    }

    static void start() throws Exception {
        asadmin("start-domain");
        awaitApplication(Duration.ofMinutes(4));
    }

    private static void asadmin(String command) throws Exception {
        String asadmin = System.getProperty("payara.home") + "/bin/asadmin";
        List<String> args = new ArrayList<>(List.of("bash", asadmin, "--port",
                System.getProperty("payara.admin.port"), "--user", "admin", "--passwordfile",
                new File(DIR, "password.properties").getPath(), command, "--domaindir", DIR.getPath(), NAME));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).inheritIO().start();
        assertThat("asadmin " + command + " exit code", process.waitFor(), is(0));
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
        fail("The application did not answer within " + timeout + " of the start");
    }
}
