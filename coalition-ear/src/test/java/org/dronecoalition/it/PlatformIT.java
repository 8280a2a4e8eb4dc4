package org.dronecoalition.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What operators and client developers rely on besides the API itself. */
class PlatformIT extends DeployedPlatform {

    /** The database is the one configured: H2 by default, PostgreSQL when COALITION_DS_URL names it. */
    @Test
    void readinessChecksTheConfiguredDatabase() {
        String url = System.getenv().getOrDefault("COALITION_DS_URL", "jdbc:h2");
        String expected = url.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
        given().get(Api.SERVER_URL + "/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'database' }.data.product", is(expected));
    }

    @Test
    void metricsAreExposedWithoutCountingAnyRequestOrProposal() {
        String metrics = given().get(Api.SERVER_URL + "/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics, containsString("memory_usedHeap_bytes"));
        assertThat("per-endpoint counts would show how many bids were sent before the deadline",
                metrics.toLowerCase(), not(anyOf(containsString("rest_request"), containsString("propos"))));
    }

    /** Also saves the document for the OpenAPI linter that .ci/run runs after the build. */
    @Test
    void openApiDocumentsEveryEndpointWithProblemResponsesAndSecurity() throws Exception {
        String document = given().accept("application/json").get(Api.SERVER_URL + "/openapi")
                .then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(document);
        assertThat(json.getMap("paths"), hasKey("/api/members"));
        assertThat(json.getMap("paths"), hasKey("/api/members/{code}/withdrawal"));
        assertThat(json.getMap("paths"), hasKey("/api/audit-events"));
        assertThat(json.getMap("paths"), hasKey("/api/tenders/{ref}/clarifications"));
        assertThat(json.getMap("paths"), hasKey("/api/tenders/{ref}/proposals"));
        assertThat(json.getMap("paths"), hasKey("/api/proposals/{id}/documents"));
        assertThat(json.getMap("paths.'/api/proposals/{id}/documents'.post.requestBody.content"),
                hasKey("application/pdf"));
        assertThat(json.getMap("paths.'/api/members'.post.responses"), hasKey("409"));
        assertThat(json.getMap("paths.'/api/members'.post.responses"), hasKey("401"));
        assertThat(json.getString("paths.'/api/members/{code}'.get.responses.'404'.content.'application/problem+json'"
                + ".schema.'$ref'"), containsString("Problem"));
        assertThat(json.getMap("components.securitySchemes"), hasKey("basic"));
        Path target = Path.of(System.getProperty("coalition.reports.dir", "target"), "openapi.json");
        Files.writeString(target, document);
    }

    @Test
    void swaggerUiIsServedByTheApplication() {
        given().get(Api.BASE_URL + "/api-docs/").then().statusCode(200)
                .body(containsString("SwaggerUIBundle"));
        String page = given().get(Api.BASE_URL + "/api-docs/").asString();
        String script = page.replaceAll("(?s).*src=\"\\.\\./(webjars/[^\"]+bundle\\.js)\".*", "$1");
        given().get(Api.BASE_URL + "/" + script).then().statusCode(200);
    }

    @Test
    void aVisitOfAPublicPageLeavesNoSessionBehind() {
        Map<String, String> pages = Map.of("/", "The coalition at a glance",
                "/tenders/tender.xhtml?ref=DC-2024-FPV-01", "DC-2024-FPV-01: ",
                "/funds/overview.xhtml", "Per member country");
        pages.forEach((page, text) -> {
            var visit = given().get(Api.BASE_URL + page);
            assertThat(page, visit.statusCode(), is(200));
            assertThat(page, visit.body().asString(), containsString(text));
            assertThat("a session for each visit of " + page + " would fill the heap", visit.header("Set-Cookie"),
                    nullValue());
            assertThat(page, visit.header("Content-Security-Policy"), containsString("nonce-"));
        });
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        var api = given().get(Api.BASE_URL + "/api/clock");
        assertThat(api.header("X-Content-Type-Options"), is("nosniff"));
        assertThat(api.header("X-Frame-Options"), is("DENY"));
        assertThat(api.header("Referrer-Policy"), is("same-origin"));
        assertThat(api.header("Content-Security-Policy"), containsString("default-src 'none'"));
        var page = given().get(Api.BASE_URL + "/");
        String policies = String.join(", ", page.headers().getValues("Content-Security-Policy"));
        assertThat(policies, containsString("frame-ancestors 'none'"));
        assertThat("PrimeFaces' policy: only scripts with this page's nonce run", policies, containsString("nonce-"));
        for (var answer : List.of(api, page, given().get(Api.SERVER_URL + "/health"))) {
            assertThat("no product banner", answer.header("X-Powered-By"), is(nullValue()));
            assertThat("no product banner", answer.header("Server"), is(nullValue()));
        }
    }

    @Test
    void unknownApiPathsAnswerWithAProblem() {
        Api.anonymous().get("/no-such-thing").then().statusCode(404).contentType(Api.PROBLEM)
                .body("status", is(404)).body("title", notNullValue());
    }
}
