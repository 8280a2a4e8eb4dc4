package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The member-country REST contract against the running Payara, as a client would use it. */
class MemberApiIT extends DeployedPlatform {

    @Test
    void listIsPublicPagedAndCarriesTheTotal() {
        anonymous().queryParam("size", 5).queryParam("sort", "JOINED_ON").get("/members")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].code", is("LV"))
                .body("total", greaterThanOrEqualTo(17))
                .body("size", is(5));
    }

    @Test
    void aPageBeyondTheLimitIsABadRequestNotAnOverflow() {
        anonymous().queryParam("page", 21474837).queryParam("size", 100).get("/members").then().statusCode(400)
                .contentType(Api.PROBLEM).body("errors[0].field", is("page"));
        anonymous().queryParam("sort", "joined_on").get("/members").then().statusCode(400)
                .body("errors[0].field", is("sort"));
    }

    @Test
    void listFiltersByStatus() {
        anonymous().queryParam("status", "MEMBER").queryParam("size", 100).get("/members")
                .then().statusCode(200).body("items.status", everyItem(is("MEMBER")));
    }

    @Test
    void badQueryParametersAreNamed() {
        anonymous().queryParam("page", "abc").get("/members")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("page"));
        anonymous().queryParam("size", 101).get("/members")
                .then().statusCode(400).body("errors[0].field", is("size"));
        anonymous().queryParam("status", "ASLEEP").get("/members")
                .then().statusCode(400).body("errors[0].field", is("status"));
    }

    @Test
    void memberIsFoundByCodeInAnyCase() {
        anonymous().get("/members/lu").then().statusCode(200)
                .body("name", is("Luxembourg")).body("joinedOn", is("2024-10-03"));
    }

    @Test
    void invalidCodeIs400AndUnknownCodeIs404() {
        anonymous().get("/members/XX").then().statusCode(400).contentType(PROBLEM)
                .body("status", is(400)).body("errors[0].field", is("code"));
        anonymous().get("/members/BR").then().statusCode(404).contentType(PROBLEM)
                .body("title", is("Not Found")).body("detail", containsString("BR"));
    }

    @Test
    void csoAdmitsACountryOnceAndTheAuditTrailRecordsIt() {
        String slovakia = "{\"code\":\"SK\",\"joinedOn\":\"2025-04-10\",\"roles\":[\"MEMBER\"]}";
        as("cso").body(slovakia).post("/members").then().statusCode(201)
                .header("Location", endsWith("/api/members/SK"))
                .body("name", is("Slovakia")).body("status", is("MEMBER")).body("version", is(1));
        as("cso").body(slovakia).post("/members").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already a member"));
        as("cso").queryParam("aggregateType", "MemberCountry").queryParam("aggregateId", "SK")
                .get("/audit-events").then().statusCode(200)
                .body("items.action", hasItem("ADMITTED")).body("items.actor", hasItem("cso"));
    }

    @Test
    void joinDateInTheFutureIsRefusedNamingTheField() {
        as("cso").body("{\"code\":\"IS\",\"joinedOn\":\"2099-01-01\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("joinedOn")).body("detail", containsString("future"));
        anonymous().get("/members/IS").then().statusCode(404);
    }

    @Test
    void malformedJsonWrongTypesUnknownEnumsAndMissingFieldsAre400() {
        as("cso").body("{\"code\":\"IS\",").post("/members").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"));
        as("cso").body("{\"code\":\"IS\",\"joinedOn\":\"yesterday\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(400).body("errors[0].field", is("joinedOn"));
        as("cso").body("{\"code\":\"IS\",\"joinedOn\":\"2024-05-01\",\"roles\":[\"OBSERVER\"]}").post("/members")
                .then().statusCode(400).body("errors[0].field", startsWith("roles"))
                .body("detail", containsString("INITIATOR"));
        as("cso").body("{\"joinedOn\":\"2024-05-01\",\"version\":\"one\"}").put("/members/LU")
                .then().statusCode(400).body("errors[0].field", is("version"));
        as("cso").body("{}").post("/members").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "joinedOn", "roles"));
        as("cso").body("{\"code\":\"I5\",\"joinedOn\":\"2024-05-01\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(400).body("errors[0].field", is("code"));
    }

    @Test
    void writesNeedTheCsoRole() {
        String body = "{\"code\":\"IE\",\"joinedOn\":\"2024-05-01\",\"roles\":[\"MEMBER\"]}";
        anonymous().body(body).post("/members").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Basic"));
        anonymous().auth().preemptive().basic("cso", "wrong").body(body).post("/members")
                .then().statusCode(401).contentType(PROBLEM);
        as("rep-lv").body(body).post("/members").then().statusCode(403).contentType(PROBLEM);
        as("tester").body("{\"version\":1}").post("/members/LV/withdrawal").then().statusCode(403);
        as("tester").get("/audit-events").then().statusCode(403);
        anonymous().get("/members/IE").then().statusCode(404);
    }

    @Test
    void staleVersionIsAConflict() {
        int version = anonymous().get("/members/EE").then().statusCode(200).extract().path("version");
        String update = "{\"joinedOn\":\"2024-02-17\",\"roles\":[\"MEMBER\"],\"status\":\"MEMBER\","
                + "\"mouSignedOn\":\"2024-07-11\",\"version\":" + version + "}";
        as("cso").body(update).put("/members/EE").then().statusCode(200).body("version", is(version + 1));
        as("cso").body(update).put("/members/EE").then().statusCode(409).contentType(PROBLEM)
                .body("errors[0].field", is("version"));
    }

    @Test
    void repeatingAnUpdateChangesNothing() {
        var latvia = anonymous().get("/members/LV").then().statusCode(200).extract().jsonPath();
        int version = latvia.getInt("version");
        int amendments = amendmentsOfLatvia();
        String same = "{\"joinedOn\":\"2024-01-17\",\"roles\":[\"INITIATOR\",\"CO_LEAD\"],\"status\":\"MEMBER\","
                + "\"mouSignedOn\":\"" + latvia.getString("mouSignedOn") + "\",\"version\":" + version + "}";
        as("cso").body(same).put("/members/LV").then().statusCode(200).body("version", is(version));
        assertThat(amendmentsOfLatvia(), is(amendments));
    }

    private static int amendmentsOfLatvia() {
        return as("cso").queryParam("aggregateType", "MemberCountry").queryParam("aggregateId", "LV")
                .queryParam("size", 100).get("/audit-events").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.action == 'AMENDED' }").size();
    }

    /** Six officers save different changes to the same version at once: one wins, five are told. */
    @Test
    void concurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
        int version = anonymous().get("/members/LT").then().statusCode(200).extract().path("version");
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String mouSignedOn = "2024-07-2" + i;
            Callable<Integer> write = () -> {
                start.await();
                return as("cso").body("{\"joinedOn\":\"2024-02-17\",\"roles\":[\"MEMBER\"],\"status\":\"MEMBER\","
                        + "\"mouSignedOn\":\"" + mouSignedOn + "\",\"version\":" + version + "}")
                        .put("/members/LT").statusCode();
            };
            results.add(pool.submit(write));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 200).count(), is(1L));
        assertThat(statuses.stream().filter(s -> s == 409).count(), is((long) writers - 1));
        anonymous().get("/members/LT").then().body("version", equalTo(version + 1));
    }

    @Test
    void withdrawingTwiceIsAConflict() {
        as("cso").body("{\"code\":\"SI\",\"joinedOn\":\"2025-06-12\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(201);
        as("cso").body("{\"version\":1}").post("/members/SI/withdrawal").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        as("cso").body("{\"version\":2}").post("/members/SI/withdrawal").then().statusCode(409)
                .body("detail", containsString("already withdrawn"));
        anonymous().queryParam("status", "MEMBER").queryParam("size", 100).get("/members")
                .then().body("items.code", not(hasItem("SI")));
    }
}
