package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Tendering.draft;
import static org.dronecoalition.it.Tendering.propose;
import static org.dronecoalition.it.Tendering.publishTender;
import static org.dronecoalition.it.Tendering.standAt;
import static org.dronecoalition.it.Tendering.submit;
import static org.dronecoalition.it.Tendering.unique;
import static org.dronecoalition.it.Tendering.user;
import static org.dronecoalition.it.Tendering.version;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CSO's tender life cycle, clarifications, and deadlines enforced to the second by the server clock. */
class TenderApiIT extends DeployedPlatform {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void theCsoDraftsEditsAndPublishesAndPublicationChecksTheRules() {
        String ref = "IT-" + unique();
        long version = as("cso").body(draft(ref, 40, 50, Duration.ofHours(2))).post("/tenders").then()
                .statusCode(201).header("Location", containsString("/api/tenders/" + ref))
                .body("status", is("DRAFT")).extract().jsonPath().getLong("version");
        as("cso").body(draft(ref, 40, 50, Duration.ofHours(2))).post("/tenders").then().statusCode(409)
                .contentType(PROBLEM).body("errors[0].field", is("reference"));
        anonymous().get("/tenders/" + ref).then().statusCode(404);
        anonymous().get("/tenders?status=DRAFT").then().statusCode(200).body("total", is(0));

        as("cso").body("{\"version\":" + version + "}").post("/tenders/" + ref + "/publication").then()
                .statusCode(400).body("errors[0].field", is("criteria"))
                .body("detail", containsString("add up to 90"));
        String fixed = draft(ref, 40, 60, Duration.ofHours(2)).replace("\"quantity\":500", "\"quantity\":800");
        version = as("cso").body(withVersion(fixed, version)).put("/tenders/" + ref).then().statusCode(200)
                .body("quantity", is(800)).extract().jsonPath().getLong("version");
        version = as("cso").body("{\"version\":" + version + "}").post("/tenders/" + ref + "/publication").then()
                .statusCode(200).body("status", is("PUBLISHED")).body("publishedAt", notNullValue())
                .extract().jsonPath().getLong("version");

        anonymous().get("/tenders/" + ref).then().statusCode(200).body("status", is("PUBLISHED"))
                .body("daysToDeadline", is(0)).body("timeZone", is("Europe/Kyiv"))
                .body("submissionDeadline", matchesPattern(".*\\+0[23]:00"))
                .body("$", not(hasKey("proposalsSubmitted")));
        as("cso").body(withVersion(fixed, version)).put("/tenders/" + ref)
                .then().statusCode(409).body("detail", containsString("PUBLISHED and cannot be edited"));
        List<String> published = anonymous().get("/tenders?status=PUBLISHED&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.reference");
        assertThat(published, hasItem(ref));
    }

    @Test
    void badTendersAreRefusedNamingTheField() {
        String ref = "IT-" + unique();
        String good = draft(ref, 40, 60, Duration.ofHours(2));
        as("cso").body(good.replace("Europe/Kyiv", "Mars/Olympus")).post("/tenders").then().statusCode(400)
                .body("errors[0].field", is("timeZone"));
        as("cso").body(good.replaceFirst("\"fundId\":\\d+", "\"fundId\":999999")).post("/tenders").then()
                .statusCode(400).body("errors[0].field", is("fundId"));
        as("cso").body(good.replace("[\"UA\",\"LV\"]", "[\"UA\",\"XX\"]")).post("/tenders").then().statusCode(400)
                .body("errors[0].field", is("eligibleCountries"));
        as("cso").body(good.replace(ref, "lower case")).post("/tenders").then().statusCode(400)
                .body("errors[0].field", is("reference"));
        as("cso").body(good.replace("\"category\":\"INTERCEPTOR\"", "\"category\":\"BALLOON\"")).post("/tenders")
                .then().statusCode(400).body("errors[0].field", is("category"));
        as("rep-lv").body(good).post("/tenders").then().statusCode(403);
        anonymous().body(good).post("/tenders").then().statusCode(401);
    }

    @Test
    void aPublishedTenderCannotBeBackdatedAndACancelledOneTellsWhy() {
        String ref = "IT-" + unique();
        long version = as("cso").body(draft(ref, 40, 60, Duration.ofHours(2))).post("/tenders").then()
                .statusCode(201).extract().jsonPath().getLong("version");
        standAt(Instant.now().plus(Duration.ofHours(1)));
        as("cso").body("{\"version\":" + version + "}").post("/tenders/" + ref + "/publication").then()
                .statusCode(400).body("errors[0].field", is("clarificationDeadline"));
        Tendering.realTime();
        as("cso").body("{\"version\":" + version + "}").post("/tenders/" + ref + "/cancellation").then()
                .statusCode(400).body("errors[0].field", is("reason"));
        as("cso").body("{\"version\":" + version + ",\"reason\":\"Merged into the next call\"}")
                .post("/tenders/" + ref + "/cancellation").then().statusCode(200).body("status", is("CANCELLED"));
        anonymous().get("/tenders/" + ref).then().statusCode(200).body("statusReason", is("Merged into the next call"));
    }

    @Test
    void answersArePublicWithoutTheAskerAndQuestionsCloseAtTheirDeadline() {
        String ref = publishTender(Duration.ofHours(2));
        String asker = Tendering.verifiedManufacturer("UA");
        long id = user(asker).body("{\"question\":\"Is a thermal camera required on every unit?\"}")
                .post("/tenders/" + ref + "/clarifications").then().statusCode(201).body("yours", is(true))
                .extract().jsonPath().getLong("id");
        anonymous().get("/tenders/" + ref + "/clarifications").then().statusCode(200).body("total", is(0));
        user(asker).get("/tenders/" + ref + "/clarifications").then().statusCode(200).body("total", is(1));
        as("cso").get("/tenders/" + ref + "/clarifications").then().statusCode(200).body("total", is(1))
                .body("items[0].answer", is((Object) null));

        as("cso").body("{\"answer\":\"Yes, on every unit.\",\"version\":1}")
                .post("/tenders/" + ref + "/clarifications/" + id + "/answer").then().statusCode(200);
        Map<String, Object> published = anonymous().get("/tenders/" + ref + "/clarifications").then()
                .statusCode(200).body("total", is(1)).extract().jsonPath().getMap("items[0]");
        assertThat(published.get("answer"), is("Yes, on every unit."));
        assertThat(published.get("yours"), is(false));
        assertThat(published.toString(), not(containsString(asker)));
        as("cso").body("{\"answer\":\"No.\",\"version\":2}")
                .post("/tenders/" + ref + "/clarifications/" + id + "/answer").then().statusCode(409);

        Instant questionsUntil = OffsetDateTime.parse(anonymous().get("/tenders/" + ref).then().extract().jsonPath()
                .getString("clarificationDeadline")).toInstant();
        standAt(questionsUntil.minus(SECOND));
        user(asker).body("{\"question\":\"One more?\"}").post("/tenders/" + ref + "/clarifications").then()
                .statusCode(201);
        standAt(questionsUntil.plus(SECOND));
        user(asker).body("{\"question\":\"Too late?\"}").post("/tenders/" + ref + "/clarifications").then()
                .statusCode(409).body("errors[0].field", is("clarificationDeadline"))
                .body("detail", containsString("questions can no longer be asked"));
    }

    @Test
    void submitResubmitAndWithdrawAreAcceptedASecondBeforeTheDeadlineAndRefusedASecondAfter() {
        String ref = publishTender(Duration.ofHours(2));
        Instant deadline = Tendering.deadlineOf(ref);
        long proposal = propose("maker", ref, "2500.00");
        submit("maker", proposal);

        standAt(deadline.minus(SECOND));
        String second = submit("maker", proposal);
        as("maker").body("{\"version\":" + version("maker", proposal) + "}")
                .post("/proposals/" + proposal + "/withdrawal").then().statusCode(200).body("status", is("WITHDRAWN"));
        String third = submit("maker", proposal);
        assertThat(third, not(is(second)));

        standAt(deadline.plus(SECOND));
        long version = version("maker", proposal);
        as("maker").body("{\"version\":" + version + "}").post("/proposals/" + proposal + "/submission").then()
                .statusCode(409).contentType(PROBLEM).body("errors[0].field", is("submissionDeadline"))
                .body("detail", containsString("The submission deadline of " + ref + " was"))
                .body("detail", matchesPattern(".*EES?T.*"));
        as("maker").body("{\"version\":" + version + "}").post("/proposals/" + proposal + "/withdrawal").then()
                .statusCode(409).body("errors[0].field", is("submissionDeadline"));
        as("maker").body(withVersion(Tendering.offer("1.00"), version))
                .put("/proposals/" + proposal).then().statusCode(409).body("errors[0].field", is("submissionDeadline"));
        as("maker").contentType("application/pdf").body(ProposalApiIT.PDF).post("/proposals/" + proposal
                + "/documents?name=late.pdf").then().statusCode(409);
        as("maker").body(Tendering.offer("1.00")).post("/tenders/" + ref + "/proposals").then().statusCode(409);

        List<String> receipts = as("maker").get("/proposals/" + proposal + "/receipts").then().statusCode(200)
                .extract().jsonPath().getList("sha256");
        assertThat(receipts.size(), is(3));
        assertThat(receipts.get(2), is(third));
        assertThat(anonymous().get("/tenders/" + ref).then().extract().jsonPath().getList("openingReceipts"),
                is(List.of(third)));
        as("rep-lv").get("/tenders/" + ref + "/proposals").then().statusCode(200).body("items.id", hasItem(
                (int) proposal));
    }

    private static String withVersion(String json, long version) {
        return json.substring(0, json.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }
}
