package org.dronecoalition.it;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * The running application as a REST client sees it: base URL from the build, demo accounts, each
 * signed in with an API token as a client system is (the tests of passwords and Basic sign-in
 * send those themselves).
 */
final class Api {

    static final String BASE_URL = System.getProperty("coalition.base.url", "http://localhost:8080/coalition");
    static final String SERVER_URL = System.getProperty("coalition.server.url", "http://localhost:8080");
    static final String PASSWORD = "demo2024";
    static final String PROBLEM = "application/problem+json";
    private static final List<String> DEMO_USERS = List.of("cso", "rep-lv", "rep-gb", "rep-se", "tester", "maker");
    private static final Map<String, String> TOKENS = new HashMap<>();

    static {
        // Money must be compared exactly: read JSON numbers as BigDecimal, never float.
        RestAssured.config = RestAssuredConfig.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        RestAssured.filters(Contract.ofServedDocument());
    }

    private Api() {
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    static RequestSpecification anonymous() {
        return given().baseUri(BASE_URL).basePath("/api").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification as(String username) {
        return anonymous().header("Authorization", "Bearer " + token(username));
    }

    /**
     * The account's API token, issued at its first use; the demo accounts' all at once at the first
     * sign-in, so that no test sees tokens issued while it runs.
     */
    static synchronized String token(String username) {
        if (TOKENS.isEmpty()) {
            DEMO_USERS.forEach(user -> TOKENS.put(user, issue(user)));
        }
        return TOKENS.computeIfAbsent(username, Api::issue);
    }

    private static String issue(String username) {
        return anonymous().auth().preemptive().basic("cso", PASSWORD)
                .body("{\"name\":\"Acceptance tests\",\"expiresAt\":\"" + Instant.now().plus(Duration.ofDays(360))
                        + "\"}")
                .post("/accounts/" + username + "/tokens").then().statusCode(201).extract().jsonPath().getString("secret");
    }
}
