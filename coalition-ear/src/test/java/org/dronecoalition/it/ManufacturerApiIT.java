package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Manufacturers register themselves; the CSO decides; each company sees only itself. */
class ManufacturerApiIT extends DeployedPlatform {

    private static final String PASSWORD = "a-long-enough-secret";

    private static String registration(String user, String country, String number) {
        return "{\"legalName\":\"Company " + user + "\",\"country\":\"" + country + "\",\"registrationNumber\":\""
                + number + "\",\"contactName\":\"Contact\",\"contactEmail\":\"" + user + "@example.org\","
                + "\"categories\":[\"INTERCEPTOR\",\"ADVANCED_FPV\"],\"monthlyCapacity\":500,\"username\":\"" + user
                + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private static long register(String user, String country, String number) {
        return anonymous().body(registration(user, country, number)).post("/manufacturers").then().statusCode(201)
                .body("status", is("PENDING_VERIFICATION")).body("country", is(country))
                .body("categories", containsInAnyOrder("INTERCEPTOR", "ADVANCED_FPV"))
                .extract().jsonPath().getLong("id");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void sameRegistrationNumberInTheSameCountryIsAConflict() {
        String number = "UA-" + unique();
        register("m" + unique(), "UA", number);
        anonymous().body(registration("m" + unique(), "UA", number.toLowerCase())).post("/manufacturers").then()
                .statusCode(409).contentType(PROBLEM).body("errors[0].field", is("registrationNumber"));
        register("m" + unique(), "PL", number);
    }

    @Test
    void badRegistrationsAreRefusedNamingTheField() {
        String user = "m" + unique();
        anonymous().body(registration(user, "XX", unique())).post("/manufacturers").then().statusCode(400)
                .body("errors[0].field", is("country"));
        anonymous().body(registration(user, "UA", unique()).replace(PASSWORD, "short")).post("/manufacturers")
                .then().statusCode(400).body("errors[0].field", is("password"));
        anonymous().body(registration(user, "UA", unique()).replace("@example.org", "")).post("/manufacturers")
                .then().statusCode(400).body("errors[0].field", is("contactEmail"));
        anonymous().body(registration(user, "UA", unique()).replace("\"INTERCEPTOR\",", "\"TANK\","))
                .post("/manufacturers").then().statusCode(400);
        anonymous().body(registration("maker", "UA", unique())).post("/manufacturers").then().statusCode(409)
                .body("errors[0].field", is("username"));
    }

    @Test
    void csoVerifiesSuspendsAndReinstates() {
        String user = "m" + unique();
        long id = register(user, "CZ", unique());
        as("rep-lv").body("{\"version\":1}").post("/manufacturers/" + id + "/verification").then().statusCode(403);
        as("cso").body("{\"version\":1}").post("/manufacturers/" + id + "/verification").then().statusCode(200)
                .body("status", is("VERIFIED"));
        as("cso").body("{\"version\":2}").post("/manufacturers/" + id + "/verification").then().statusCode(409)
                .contentType(PROBLEM);
        as("cso").body("{\"version\":2}").post("/manufacturers/" + id + "/suspension").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        as("cso").body("{\"version\":2,\"reason\":\"Export licence expired\"}").post("/manufacturers/" + id
                + "/suspension").then().statusCode(200).body("status", is("SUSPENDED"));
        as("cso").body("{\"version\":3}").post("/manufacturers/" + id + "/reinstatement").then().statusCode(200)
                .body("status", is("VERIFIED")).body("statusReason", nullValue());
        as("cso").queryParam("status", "VERIFIED").queryParam("size", 100).get("/manufacturers").then()
                .statusCode(200).body("items.status", everyItem(is("VERIFIED"))).body("items.id", hasItem((int) id));
    }

    @Test
    void theApplicantSeesTheReasonOfARejectionAndNobodyElsesCompany() {
        String user = "m" + unique();
        long id = register(user, "UA", unique());
        as("cso").body("{\"version\":1,\"reason\":\"Registration number not found in the register\"}")
                .post("/manufacturers/" + id + "/rejection").then().statusCode(200).body("status", is("REJECTED"));
        String reason = anonymous().auth().preemptive().basic(user, PASSWORD).get("/manufacturers/" + id).then()
                .statusCode(200).extract().path("statusReason");
        assertThat(reason, is("Registration number not found in the register"));
        as("maker").get("/manufacturers/" + id).then().statusCode(404).contentType(PROBLEM);
        anonymous().auth().preemptive().basic(user, PASSWORD).get("/manufacturers").then().statusCode(403);
        anonymous().get("/manufacturers/" + id).then().statusCode(401);
        as("rep-se").get("/manufacturers/" + id).then().statusCode(200);
    }

    @Test
    void aCompanysUsersKeepItsProfileAndANewRegistrationNumberIsVerifiedAgain() {
        String user = "m" + unique();
        String taken = "CZ-" + unique();
        register("m" + unique(), "CZ", taken);
        long id = register(user, "CZ", unique());
        as("cso").body("{\"version\":1}").post("/manufacturers/" + id + "/verification").then().statusCode(200);
        var company = anonymous().auth().preemptive().basic(user, PASSWORD);
        company.body(profile("Company " + user, "CZ-1", 900, 2)).put("/manufacturers/" + id).then().statusCode(200)
                .body("status", is("PENDING_VERIFICATION")).body("registrationNumber", is("CZ-1"))
                .body("monthlyCapacity", is(900));
        anonymous().auth().preemptive().basic(user, PASSWORD).body(profile("Company " + user, taken, 900, 3))
                .put("/manufacturers/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", is("registrationNumber"));
        anonymous().auth().preemptive().basic(user, PASSWORD).body(profile("Company " + user, "CZ-1", 900, 2))
                .put("/manufacturers/" + id).then().statusCode(409).body("errors[0].field", is("version"));
        as("maker").body(profile("Taken over", "X", 1, 3)).put("/manufacturers/" + id).then().statusCode(404);
        as("cso").body(profile("Taken over", "X", 1, 3)).put("/manufacturers/" + id).then().statusCode(403);
        as("cso").queryParam("aggregateType", "Manufacturer").queryParam("aggregateId", String.valueOf(id))
                .get("/audit-events").then().body("items.action", hasItem("IDENTITY_CHANGED"));
    }

    private static String profile(String legalName, String number, int capacity, long version) {
        return "{\"version\":" + version + ",\"legalName\":\"" + legalName + "\",\"registrationNumber\":\""
                + number + "\",\"contactName\":\"New contact\",\"contactEmail\":\"new@example.org\","
                + "\"categories\":[\"INTERCEPTOR\"],\"monthlyCapacity\":" + capacity + "}";
    }
}
