package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * Tenders, manufacturers and the server clock for the tests. The test server runs with an
 * adjustable clock, so a test can stand exactly a second before or after a deadline.
 */
final class Tendering {

    static final String MAKER_PASSWORD = "a-long-enough-secret";

    private Tendering() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Publishes a tender open to UA and LV manufacturers; questions until +30 min, deadline as given. */
    static String publishTender(Duration deadlineFromNow) {
        return publishTender(Duration.ofMinutes(30), deadlineFromNow);
    }

    /** Publishes a tender open to UA and LV manufacturers with both deadlines as given. */
    static String publishTender(Duration questionsFromNow, Duration deadlineFromNow) {
        String ref = "IT-" + unique();
        long version = as("cso").body(draft(ref, 40, 60, questionsFromNow, deadlineFromNow)).post("/tenders").then()
                .statusCode(201)
                .extract().jsonPath().getLong("version");
        as("cso").body("{\"version\":" + version + "}").post("/tenders/" + ref + "/publication").then()
                .statusCode(200).body("status", is("PUBLISHED"));
        return ref;
    }

    static String draft(String ref, int priceWeight, int qualityWeight, Duration deadlineFromNow) {
        return draft(ref, priceWeight, qualityWeight, Duration.ofMinutes(30), deadlineFromNow);
    }

    static String draft(String ref, int priceWeight, int qualityWeight, Duration questionsFromNow,
            Duration deadlineFromNow) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long fund = anonymous().get("/funds").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        return "{\"reference\":\"" + ref + "\",\"title\":\"Interceptors " + ref + "\",\"category\":\"INTERCEPTOR\","
                + "\"description\":\"Interceptor drones\",\"requirements\":\"Thermal camera\",\"quantity\":500,"
                + "\"budgetCeiling\":2000000.00,\"fundId\":" + fund + ",\"eligibleCountries\":[\"UA\",\"LV\"],"
                + "\"criteria\":[{\"name\":\"Price\",\"weight\":" + priceWeight + ",\"price\":true},"
                + "{\"name\":\"Performance\",\"weight\":" + qualityWeight + "}],"
                + "\"clarificationDeadline\":\"" + now.plus(questionsFromNow) + "\","
                + "\"submissionDeadline\":\"" + now.plus(deadlineFromNow) + "\",\"timeZone\":\"Europe/Kyiv\"}";
    }

    static Instant deadlineOf(String ref) {
        return OffsetDateTime.parse(anonymous().get("/tenders/" + ref).then().statusCode(200).extract().jsonPath()
                .getString("submissionDeadline")).toInstant();
    }

    /** Sets the server clock so that it reads {@code instant} now. */
    static void standAt(Instant instant) {
        as("cso").body("{\"offsetMillis\":" + Duration.between(Instant.now(), instant).toMillis() + "}")
                .put("/clock").then().statusCode(200);
    }

    static void realTime() {
        as("cso").body("{\"offsetMillis\":0}").put("/clock").then().statusCode(200).body("offsetMillis", is(0));
    }

    /**
     * Reads a new tender's status again and again from 4 s before its deadline, by the server's
     * clock: PUBLISHED in every read made wholly before the deadline, CLOSED in the first read begun
     * at or after it. The clock is real again afterwards.
     */
    static void readAcrossTheDeadline(Function<String, String> statusOf) {
        String ref = publishTender(Duration.ofHours(2));
        Instant deadline = deadlineOf(ref);
        standAt(deadline.minusSeconds(4));
        try {
            int before = 0;
            while (true) {
                Instant from = serverNow();
                String status = statusOf.apply(ref);
                Instant to = serverNow();
                if (!from.isBefore(deadline)) {
                    assertThat("read from " + from + ", deadline " + deadline + ", after " + before
                            + " reads before it", status, is("CLOSED"));
                    break;
                }
                if (to.isBefore(deadline)) {
                    assertThat("read until " + to + ", deadline " + deadline, status, is("PUBLISHED"));
                    before++;
                }
            }
            assertThat("reads before the deadline", before, greaterThan(1));
        } finally {
            realTime();
        }
    }

    private static Instant serverNow() {
        return OffsetDateTime.parse(anonymous().get("/clock").then().statusCode(200).extract().jsonPath()
                .getString("now")).toInstant();
    }

    /** Registers a manufacturer and has the CSO verify it; returns the user name of its first user. */
    static String verifiedManufacturer(String country) {
        String user = "maker-" + unique().toLowerCase();
        long id = register(user, country);
        as("cso").body("{\"version\":1}").post("/manufacturers/" + id + "/verification").then().statusCode(200);
        return user;
    }

    /** Registers a manufacturer that stays PENDING_VERIFICATION; returns the user name of its first user. */
    static String registeredManufacturer(String country) {
        String user = "maker-" + unique().toLowerCase();
        register(user, country);
        return user;
    }

    private static long register(String user, String country) {
        return anonymous().body("{\"legalName\":\"Company " + user + "\",\"country\":\"" + country
                        + "\",\"registrationNumber\":\"" + unique() + "\",\"contactName\":\"Contact\","
                        + "\"contactEmail\":\"" + user + "@example.org\",\"categories\":[\"INTERCEPTOR\"],"
                        + "\"monthlyCapacity\":500,\"username\":\"" + user + "\",\"password\":\""
                        + MAKER_PASSWORD + "\"}")
                .post("/manufacturers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A fresh request as the user: a demo account, or a manufacturer made by {@link #verifiedManufacturer}. */
    static RequestSpecification user(String name) {
        return name.startsWith("maker-") ? anonymous().auth().preemptive().basic(name, MAKER_PASSWORD) : as(name);
    }

    static String offer(String price) {
        return "{\"unitPrice\":" + price + ",\"quantity\":500,\"monthlyCapacity\":100,\"leadTimeDays\":30,"
                + "\"technicalData\":\"Top speed 280 km/h\\nThermal camera\"}";
    }

    /** Drafts a complete proposal; returns its id. */
    static long propose(String author, String ref, String price) {
        return user(author).body(offer(price)).post("/tenders/" + ref + "/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long version(String author, long proposal) {
        return user(author).get("/proposals/" + proposal).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    /** Submits the proposal and returns the receipt's SHA-256. */
    static String submit(String author, long proposal) {
        long version = version(author, proposal);
        return user(author).body("{\"version\":" + version + "}").post("/proposals/" + proposal + "/submission").then()
                .statusCode(201).extract().jsonPath().getString("sha256");
    }

    /** Moves the clock past the deadline, which closes the tender and opens its proposals at once. */
    static void open(String ref) {
        standAt(deadlineOf(ref).plus(Duration.ofSeconds(1)));
        assertThat("opened by the shift past its deadline",
                anonymous().get("/tenders/" + ref).then().extract().jsonPath().getString("openedAt"), notNullValue());
        realTime();
    }

    /** Records the CSO's compliance finding on an opened proposal. */
    static void judge(String ref, long proposal, boolean compliant, String reason) {
        long version = as("cso").get("/proposals/" + proposal).then().extract().jsonPath().getLong("version");
        as("cso").body("{\"compliant\":" + compliant + ",\"version\":" + version
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}")
                .post("/tenders/" + ref + "/evaluation/proposals/" + proposal + "/compliance").then().statusCode(200)
                .body("status", is(compliant ? "COMPLIANT" : "NON_COMPLIANT"));
    }
}
