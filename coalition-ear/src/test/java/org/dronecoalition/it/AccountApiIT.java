package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Tendering.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Accounts, set-password tokens, API tokens and throttled sign-in, as an operator and clients meet them. */
class AccountApiIT extends DeployedPlatform {

    static final String CHOSEN = "Kyiv-skies-2026!";

    @Test
    void onlyTheCsoManagesAccounts() {
        anonymous().get("/accounts").then().statusCode(401).contentType(PROBLEM);
        for (String other : new String[] {"rep-lv", "tester", "maker"}) {
            as(other).get("/accounts").then().statusCode(403).contentType(PROBLEM);
            as(other).body(staff("x-" + unique(), "TEST_OFFICER", null)).post("/accounts").then().statusCode(403);
            as(other).post("/accounts/tester/password-reset").then().statusCode(403);
            as(other).get("/accounts/tester/tokens").then().statusCode(403);
        }
        as("cso").queryParam("role", "MEMBER_REP").queryParam("country", "LV").get("/accounts").then()
                .statusCode(200).body("items.username", hasItem("rep-lv")).body("items.role", everyItem(is("MEMBER_REP")));
        as("cso").queryParam("state", "ASLEEP").get("/accounts").then().statusCode(400)
                .body("errors[0].field", is("state"));
    }

    @Test
    void aNewRepresentativeChoosesAPasswordOnceAndSignsIn() {
        String name = "rep-" + unique().toLowerCase();
        String token = create(name, "MEMBER_REP", "LV");
        basic(name, CHOSEN).get("/accounts/me").then().statusCode(401);

        setPassword(token, "short").then().statusCode(400).body("errors[0].field", is("password"));
        setPassword(token, name + "-and-more").then().statusCode(400)
                .body("detail", containsString("user name"));
        setPassword(token, "passwordpassword").then().statusCode(400).body("detail", containsString("common"));
        setPassword(token, CHOSEN).then().statusCode(200).body("hasPassword", is(true));
        setPassword(token, CHOSEN + "x").then().statusCode(400).body("errors[0].field", is("token"));

        basic(name.toUpperCase(), CHOSEN).get("/accounts/me").then().statusCode(200)
                .body("username", is(name)).body("role", is("MEMBER_REP")).body("country", is("LV"));
        as("cso").body(staff(name.toUpperCase(), "TEST_OFFICER", null)).post("/accounts").then().statusCode(409)
                .body("errors[0].field", is("username"));
        as("cso").get("/audit-events?aggregateType=Account&aggregateId=" + name).then().statusCode(200)
                .body("items.action", hasItems("CREATED", "PASSWORD_SET"))
                .body("items.detail", everyItem(not(containsString(CHOSEN))));
    }

    @Test
    void aRepresentativeNeedsACountryOfTheCoalition() {
        as("cso").body(staff("rep-" + unique(), "MEMBER_REP", null)).post("/accounts").then().statusCode(400)
                .body("errors[0].field", is("country"));
        as("cso").body(staff("rep-" + unique(), "MEMBER_REP", "BR")).post("/accounts").then().statusCode(400)
                .body("errors[0].field", is("country"));
        as("cso").body(staff("cso-" + unique(), "MANUFACTURER", null)).post("/accounts").then().statusCode(400)
                .body("errors[0].field", is("role"));
    }

    @Test
    void disablingStopsPasswordAndTokenAtOnceAndEnablingRestoresThem() {
        String name = "officer-" + unique().toLowerCase();
        setPassword(create(name, "TEST_OFFICER", null), CHOSEN).then().statusCode(200);
        String secret = issueToken(name, Instant.now().plus(Duration.ofDays(30)));
        basic(name, CHOSEN).get("/accounts/me").then().statusCode(200);
        bearer(secret).get("/accounts/me").then().statusCode(200).body("username", is(name));

        long version = as("cso").get("/accounts/" + name).then().extract().jsonPath().getLong("version");
        as("cso").body(change("TEST_OFFICER", null, false, version)).put("/accounts/" + name).then().statusCode(200)
                .body("enabled", is(false));
        basic(name, CHOSEN).get("/accounts/me").then().statusCode(401);
        bearer(secret).get("/accounts/me").then().statusCode(401);

        as("cso").body(change("TEST_OFFICER", null, true, version + 1)).put("/accounts/" + name).then()
                .statusCode(200);
        bearer(secret).get("/accounts/me").then().statusCode(200);
        as("cso").body(change("TEST_OFFICER", null, true, version)).put("/accounts/" + name).then().statusCode(409)
                .body("errors[0].field", is("version"));
        as("cso").get("/audit-events?aggregateType=Account&aggregateId=" + name).then()
                .body("items.action", hasItems("DISABLED", "ENABLED", "TOKEN_ISSUED"));
    }

    @Test
    void theCsoCannotLockItselfOut() {
        long version = as("cso").get("/accounts/cso").then().extract().jsonPath().getLong("version");
        as("cso").body(change("CSO_ADMIN", null, false, version)).put("/accounts/cso").then().statusCode(409);
        as("cso").body(change("TEST_OFFICER", null, true, version)).put("/accounts/cso").then().statusCode(409);
    }

    @Test
    void aTokenActsWithTheAccountsScopeUntilItExpiresOrIsRevoked() {
        String secret = issueToken("rep-gb", Instant.now().plus(Duration.ofHours(1)));
        assertThat(secret, startsWith("dcp-api-"));
        bearer(secret).get("/accounts/me").then().statusCode(200).body("country", is("GB"));
        bearer(secret).get("/accounts").then().statusCode(403);
        long id = as("cso").get("/accounts/rep-gb/tokens").then().statusCode(200)
                .body("items[0].lastUsedAt", notNullValue()).body("items[0].secret", nullValue())
                .extract().jsonPath().getLong("items[0].id");

        Tendering.standAt(Instant.now().plus(Duration.ofHours(2)));
        try {
            bearer(secret).get("/accounts/me").then().statusCode(401).contentType(PROBLEM);
        } finally {
            Tendering.realTime();
        }
        bearer(secret).get("/accounts/me").then().statusCode(200);
        as("cso").post("/accounts/rep-gb/tokens/" + id + "/revocation").then().statusCode(200)
                .body("revokedAt", notNullValue());
        bearer(secret).get("/accounts/me").then().statusCode(401);
        bearer("dcp-api-made-up").get("/accounts/me").then().statusCode(401);
        as("cso").body("{\"name\":\"too long\",\"expiresAt\":\"" + Instant.now().plus(Duration.ofDays(400)) + "\"}")
                .post("/accounts/rep-gb/tokens").then().statusCode(400).body("errors[0].field", is("expiresAt"));
    }

    @Test
    void fiveFailuresThrottleTheAccountWithRetryAfterAndASuccessIsThenRefusedToo() {
        String name = "officer-" + unique().toLowerCase();
        setPassword(create(name, "TEST_OFFICER", null), CHOSEN).then().statusCode(200);
        String address = "203.0.113." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            basic(name, "wrong-" + i).header("X-Forwarded-For", address).get("/accounts/me").then().statusCode(401);
        }
        basic(name, CHOSEN).header("X-Forwarded-For", "198.51.100.7").get("/accounts/me").then().statusCode(429)
                .contentType(PROBLEM).header("Retry-After", notNullValue());
        as("cso").get("/audit-events?aggregateType=Account&aggregateId=" + name).then()
                .body("items.action", hasItem("SIGN_IN_FAILED"))
                .body("items.detail", everyItem(not(containsString("wrong-"))));
    }

    @Test
    void fiveFailuresFromOneAddressThrottleThatAddressOnly() {
        String address = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            basic("nobody-" + unique(), "guess").header("X-Forwarded-For", address).get("/accounts/me").then()
                    .statusCode(401);
        }
        as("tester").header("X-Forwarded-For", address).get("/accounts/me").then().statusCode(429)
                .header("Retry-After", notNullValue());
        bearer("dcp-api-guess").header("X-Forwarded-For", address).get("/accounts/me").then().statusCode(429);
        as("tester").header("X-Forwarded-For", "192.0.2.251").get("/accounts/me").then().statusCode(200);
    }

    @Test
    void aTokenInUseIsThrottledWithItsAddressAtOnce() {
        String secret = issueToken("rep-gb", Instant.now().plus(Duration.ofHours(1)));
        String address = "198.51.100." + (int) (Math.random() * 250);
        bearer(secret).header("X-Forwarded-For", address).get("/accounts/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            bearer("dcp-api-guess-" + i).header("X-Forwarded-For", address).get("/accounts/me").then()
                    .statusCode(401);
        }
        bearer(secret).header("X-Forwarded-For", address).get("/accounts/me").then().statusCode(429);
        bearer(secret).header("X-Forwarded-For", "198.51.100.251").get("/accounts/me").then().statusCode(200);
    }

    @Test
    void usersChangeTheirOwnPassword() {
        String name = "officer-" + unique().toLowerCase();
        setPassword(create(name, "TEST_OFFICER", null), CHOSEN).then().statusCode(200);
        basic(name, CHOSEN).body("{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"Odesa-harbour-2027\"}")
                .put("/accounts/me/password").then().statusCode(400).body("errors[0].field", is("currentPassword"));
        basic(name, CHOSEN).body("{\"currentPassword\":\"" + CHOSEN + "\",\"newPassword\":\"Odesa-harbour-2027\"}")
                .put("/accounts/me/password").then().statusCode(204);
        basic(name, CHOSEN).get("/accounts/me").then().statusCode(401);
        basic(name, "Odesa-harbour-2027").get("/accounts/me").then().statusCode(200);
    }

    @Test
    void aCompanysAdministratorManagesItsOwnUsersOnly() {
        String admin = Tendering.registeredManufacturer("UA");
        String colleague = "colleague-" + unique().toLowerCase();
        String token = Tendering.user(admin).body("{\"username\":\"" + colleague + "\",\"displayName\":\"Mykola\"}")
                .post("/company/users").then().statusCode(201).body("account.role", is("MANUFACTURER"))
                .extract().jsonPath().getString("token");
        setPassword(token, CHOSEN).then().statusCode(200);

        basic(colleague, CHOSEN).get("/company/users").then().statusCode(403);
        Tendering.user(admin).get("/company/users").then().statusCode(200)
                .body("items.username", hasItems(admin, colleague)).body("total", is(2));
        as("maker").get("/company/users").then().statusCode(200).body("items.username", not(hasItem(colleague)));
        as("maker").body("{\"enabled\":false,\"version\":0}").put("/company/users/" + colleague).then()
                .statusCode(404);
        as("maker").post("/company/users/" + colleague + "/password-reset").then().statusCode(404);

        long version = Tendering.user(admin).get("/company/users").then().extract().jsonPath()
                .getLong("items.find { it.username == '" + colleague + "' }.version");
        Tendering.user(admin).body("{\"enabled\":false,\"version\":" + version + "}").put("/company/users/" + colleague)
                .then().statusCode(200).body("enabled", is(false));
        basic(colleague, CHOSEN).get("/accounts/me").then().statusCode(401);
    }

    @Test
    void theCsoSeesWhichMembersHaveNoRepresentative() {
        as("cso").get("/members/LV").then().statusCode(200).body("activeRepresentatives", greaterThanOrEqualTo(1));
        anonymous().get("/members/LV").then().statusCode(200).body("activeRepresentatives", nullValue());
        as("cso").body("{\"code\":\"IS\",\"joinedOn\":\"2025-05-02\",\"roles\":[\"MEMBER\"]}").post("/members");
        as("cso").get("/members/IS").then().statusCode(200).body("activeRepresentatives", is(0));
    }

    @Test
    void aRepresentativeOfACountryThatWithdrewIsRefusedAtOnce() {
        as("cso").body("{\"code\":\"MT\",\"joinedOn\":\"2025-03-01\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(201);
        String rep = "rep-mt-" + unique().toLowerCase();
        setPassword(create(rep, "MEMBER_REP", "MT"), CHOSEN).then().statusCode(200);
        basic(rep, CHOSEN).get("/tenders/DC-2024-FPV-01/evaluation").then().statusCode(200);
        long version = anonymous().get("/members/MT").then().extract().jsonPath().getLong("version");
        as("cso").body("{\"version\":" + version + "}").post("/members/MT/withdrawal").then().statusCode(200);
        basic(rep, CHOSEN).get("/tenders/DC-2024-FPV-01/evaluation").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("MT is no longer a member"));
    }

    static String create(String username, String role, String country) {
        return as("cso").body(staff(username, role, country)).post("/accounts").then().statusCode(201)
                .body("account.hasPassword", is(false)).body("pagePath", containsString("set-password.xhtml"))
                .extract().jsonPath().getString("token");
    }

    private static String issueToken(String username, Instant expiresAt) {
        return as("cso").body("{\"name\":\"ERP of " + username + "\",\"expiresAt\":\"" + expiresAt + "\"}")
                .post("/accounts/" + username + "/tokens").then().statusCode(201).extract().jsonPath()
                .getString("secret");
    }

    static io.restassured.response.Response setPassword(String token, String password) {
        return anonymous().body("{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}").post("/set-password");
    }

    static RequestSpecification basic(String username, String password) {
        return anonymous().auth().preemptive().basic(username, password);
    }

    static RequestSpecification bearer(String secret) {
        return anonymous().header("Authorization", "Bearer " + secret);
    }

    private static String staff(String username, String role, String country) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Someone\",\"role\":\"" + role + "\""
                + (country == null ? "" : ",\"country\":\"" + country + "\"") + "}";
    }

    static String change(String role, String country, boolean enabled, long version) {
        return "{\"displayName\":\"Someone\",\"role\":\"" + role + "\",\"enabled\":" + enabled + ",\"version\":"
                + version + (country == null ? "" : ",\"country\":\"" + country + "\"") + "}";
    }
}
