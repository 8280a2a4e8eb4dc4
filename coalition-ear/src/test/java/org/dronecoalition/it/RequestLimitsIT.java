package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import org.junit.jupiter.api.Test;

/**
 * The limits of every JSON body, enforced before anything converts it: a request that could
 * cost the server memory or end in an error page gets a short 400 or 413 problem naming the field.
 */
class RequestLimitsIT extends DeployedPlatform {

    @Test
    void anAmountWithAHugeExponentIsRefusedWithoutBeingEchoed() {
        String answer = as("cso").body("{\"fundId\":1,\"memberCode\":\"LV\",\"amount\":1E+5000000}")
                .post("/contributions").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("amount")).extract().asString();
        assertThat(answer.length(), lessThan(1000));
        as("cso").body("{\"fundId\":1,\"memberCode\":\"LV\",\"amount\":10000000000000.00}").post("/contributions")
                .then().statusCode(400).body("errors[0].field", is("amount"))
                .body("detail", containsString("12 digits"));
    }

    @Test
    void typesAreReadAsStrictlyAsTheDocumentStatesThem() {
        as("cso").body("{\"name\":12,\"purpose\":\"Numbers are not names\"}").post("/funds").then().statusCode(400)
                .body("errors[0].field", is("name"));
        as("cso").body("{\"title\":\"Wrap-around\",\"quantity\":4294967297}").post("/tenders").then()
                .statusCode(400).body("errors[0].field", is("quantity"));
        as("cso").body("{}").put("/accounts/cso").then().statusCode(400);
        as("cso").contentType("application/json").put("/accounts/cso").then().statusCode(400)
                .body("detail", containsString("needs a JSON body"));
    }

    @Test
    void aNullInsideAListIsAFieldErrorNotAServerError() {
        as("rep-lv").body("{\"scores\":[null]}").put("/tenders/DC-2024-FPV-01/evaluation/proposals/1/scores").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("scores"))
                .body("detail", containsString("null"));
    }

    @Test
    void listsTextsNestingAndTheBodyItselfAreBounded() {
        String longList = "[" + "\"UA\",".repeat(1000) + "\"LV\"]";
        as("cso").body("{\"name\":\"x\",\"eligibleCountries\":" + longList + "}").post("/tenders").then()
                .statusCode(400).body("errors[0].field", is("eligibleCountries"));
        as("cso").body("{\"name\":\"" + "x".repeat(20_001) + "\"}").post("/funds").then().statusCode(400)
                .body("errors[0].field", is("name"));
        as("cso").body("{\"name\":" + "[".repeat(40) + "]".repeat(40) + "}").post("/funds").then().statusCode(400);
        as("cso").body("{\"name\":\"Fund\\u0000\"}").post("/funds").then().statusCode(400)
                .body("detail", containsString("control characters"));
        as("cso").body("{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}").post("/funds").then().statusCode(413)
                .contentType(PROBLEM);
    }
}
