package org.dronecoalition.it;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** The running application as a REST client sees it: base URL from the build, demo accounts. */
final class Api {

    static final String BASE_URL = System.getProperty("coalition.base.url", "http://localhost:8080/coalition");
    static final String SERVER_URL = System.getProperty("coalition.server.url", "http://localhost:8080");
    static final String PASSWORD = "demo2024";
    static final String PROBLEM = "application/problem+json";

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
        return anonymous().auth().preemptive().basic(username, PASSWORD);
    }
}
