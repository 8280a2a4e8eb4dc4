package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Api.euros;
import static org.dronecoalition.it.Awarding.DEMO_MEMBERS;
import static org.dronecoalition.it.Awarding.fundWith;
import static org.dronecoalition.it.Awarding.newFund;
import static org.dronecoalition.it.Awarding.orderVersion;
import static org.dronecoalition.it.Awarding.quorum;
import static org.dronecoalition.it.Awarding.shipment;
import static org.dronecoalition.it.Awarding.tender;
import static org.dronecoalition.it.Tendering.propose;
import static org.dronecoalition.it.Tendering.submit;
import static org.dronecoalition.it.Tendering.user;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * From opened proposals to pilot orders: compliance, scores with recusal, the ranking, an award
 * within quantity and budget, the member countries' vote with its quorum, and the commitment of
 * the pilot orders on the tender's fund, checked on the ledger after each step.
 */
class AwardApiIT extends DeployedPlatform {

    /** The demo's member countries, each with a representative account. */

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void aTenderGoesFromOpeningToAcceptedDeliveriesOfAScaleUpOrderWithTheLedgerCheckedAtEachStep()
            throws Exception {
        long fund = newFund();
        String ref = tender(fund);
        Awarding.Rivals bids = Awarding.compliantRivals(ref);
        long ours = bids.ours();
        String rival = bids.rival();
        long theirs = bids.theirs();
        as("rep-lv").body(scores(7)).put("/tenders/" + ref + "/evaluation/proposals/" + theirs + "/scores").then()
                .statusCode(403).contentType(PROBLEM).body("detail", containsString("recusal"));
        as("rep-lv").body(scores(9)).put("/tenders/" + ref + "/evaluation/proposals/" + ours + "/scores").then()
                .statusCode(200);
        as("rep-gb").body(scores(9)).put("/tenders/" + ref + "/evaluation/proposals/" + ours + "/scores").then()
                .statusCode(200);
        as("rep-gb").body(scores(5)).put("/tenders/" + ref + "/evaluation/proposals/" + theirs + "/scores").then()
                .statusCode(200);
        as("rep-gb").body("{\"scores\":[{\"criterion\":\"Price\",\"points\":10}]}")
                .put("/tenders/" + ref + "/evaluation/proposals/" + ours + "/scores").then().statusCode(400)
                .body("detail", containsString("scored by formula"));
        // ours: price 10*2000/2500 = 8 -> 0.4*8 + 0.6*9 = 8.60; theirs: 0.4*10 + 0.6*5 = 7.00
        as("rep-se").get("/tenders/" + ref + "/evaluation").then().statusCode(200)
                .body("ranking[0].proposalId", is((int) ours)).body("ranking[0].score", is(euros("8.60")))
                .body("ranking[0].countryTotals.LV", is(euros("8.60")))
                .body("ranking[1].score", is(euros("7.00"))).body("ranking[1].priceScore", is(euros("10.00")));
        user(rival).get("/tenders/" + ref + "/evaluation").then().statusCode(403);

        String overBudget = "{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":500,\"pilotQuantity\":20},"
                + "{\"proposalId\":" + theirs + ",\"quantity\":400,\"pilotQuantity\":20}]}";
        as("cso").body(overBudget).post("/tenders/" + ref + "/award").then().statusCode(409)
                .body("detail", containsString("drones; " + ref + " seeks 800"));
        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":501,\"pilotQuantity\":20}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(400)
                .body("detail", containsString("offered 500"));
        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":500,\"pilotQuantity\":40}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(201).body("status", is("OPEN"));

        for (String country : DEMO_MEMBERS.subList(0, 8)) {
            as("rep-" + country).body("{\"vote\":\"APPROVE\"}").put("/tenders/" + ref + "/award/vote").then()
                    .statusCode(200);
        }
        as("rep-gb").body("{\"vote\":\"REJECT\"}").put("/tenders/" + ref + "/award/vote").then().statusCode(200)
                .body("tally.rejections", is(1)).body("tally.voted", is(8)).body("tally.quorate", is(false));
        anonymous().get("/tenders/" + ref + "/award").then().statusCode(404);
        as("cso").post("/tenders/" + ref + "/award/closing").then().statusCode(200).body("status", is("FAILED"))
                .body("ordersPlaced", hasSize(0));
        as("rep-lv").body("{\"vote\":\"APPROVE\"}").put("/tenders/" + ref + "/award/vote").then().statusCode(409);

        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":500,\"pilotQuantity\":40}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(201);
        for (String country : DEMO_MEMBERS.subList(0, quorum())) {
            as("rep-" + country).body("{\"vote\":\"APPROVE\"}").put("/tenders/" + ref + "/award/vote").then()
                    .statusCode(200);
        }
        as("cso").post("/tenders/" + ref + "/award/closing").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("EUR 50,000.00 available"));
        fundWith(fund, "100000.00");
        long order = as("cso").post("/tenders/" + ref + "/award/closing").then().statusCode(200)
                .body("status", is("PASSED")).body("tally.passes", is(true))
                .body("ordersPlaced[0].kind", is("PILOT")).body("ordersPlaced[0].quantity", is(40))
                .body("ordersPlaced[0].value", is(euros("100000.00")))
                .extract().jsonPath().getLong("ordersPlaced[0].id");
        as("cso").get("/funds/" + fund + "/balance").then().body("committed", is(euros("100000.00")))
                .body("available", is(euros("50000.00")));
        anonymous().get("/tenders/" + ref).then().body("status", is("AWARDED"));
        anonymous().get("/tenders/" + ref + "/award").then().statusCode(200).body("status", is("PASSED"))
                .body("votes", is((Object) null));
        as("cso").get("/proposals/" + ours).then().body("status", is("AWARDED"));
        as("cso").get("/proposals/" + theirs).then().body("status", is("NOT_AWARDED"));
        user("maker").get("/orders/" + order).then().statusCode(200).body("reference", is("ORDER-" + order));
        user(rival).get("/orders/" + order).then().statusCode(404);

        long maker = as("cso").get("/proposals/" + ours).then().extract().jsonPath().getLong("manufacturerId");
        String scaleUp = "{\"tender\":\"" + ref + "\",\"manufacturerId\":" + maker + ",\"quantity\":20}";
        as("cso").body(scaleUp).post("/orders").then().statusCode(409)
                .body("detail", containsString("needs a PASSED test report"));
        user("maker").body(findings("PASSED")).post("/orders/" + order + "/test-reports").then().statusCode(403);
        as("tester").body(findings("CONDITIONAL")).post("/orders/" + order + "/test-reports").then().statusCode(201);
        as("cso").body(scaleUp).post("/orders").then().statusCode(409);
        as("tester").body(findings("PASSED")).post("/orders/" + order + "/test-reports").then().statusCode(201)
                .body("verdict", is("PASSED"));
        as("cso").body(scaleUp.replace("20}", "30}")).post("/orders").then().statusCode(409)
                .body("detail", containsString("EUR 50,000.00 available"));
        as("cso").body(scaleUp.replace("20}", "461}")).post("/orders").then().statusCode(409)
                .body("detail", containsString("460 are left to order"));
        long first = as("cso").body(scaleUp).post("/orders").then().statusCode(201).body("kind", is("SCALE_UP"))
                .body("memberShares.LV", is(euros("1.00000000"))).extract().jsonPath().getLong("id");
        as("cso").get("/funds/" + fund + "/balance").then().body("committed", is(euros("150000.00")))
                .body("available", is(euros("0.00")));
        as("cso").body("{\"version\":" + orderVersion(first) + ",\"reason\":\"Placed twice by mistake\"}")
                .post("/orders/" + first
                + "/cancellation").then().statusCode(200).body("status", is("CANCELLED"));
        as("cso").get("/funds/" + fund + "/balance").then().body("released", is(euros("50000.00")))
                .body("available", is(euros("50000.00")));
        long scaled = as("cso").body(scaleUp).post("/orders").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        user(rival).body("{\"version\":" + orderVersion(order) + "}").post("/orders/" + order + "/production")
                .then().statusCode(404);
        user("maker").body("{\"version\":" + orderVersion(order) + "}").post("/orders/" + order + "/production")
                .then().statusCode(200).body("status", is("IN_PRODUCTION"));
        user("maker").body(shipment(order, 41)).post("/deliveries").then().statusCode(409)
                .body("detail", containsString("room for 40"));
        user(rival).body(shipment(order, 1)).post("/deliveries").then().statusCode(404);
        long shipped = user("maker").body(shipment(order, 40)).post("/deliveries").then().statusCode(201)
                .body("category", is("INTERCEPTOR")).extract().jsonPath().getLong("id");
        user("maker").body(shipment(order, 1)).post("/deliveries").then().statusCode(409);
        as("cso").body("{\"accepted\":37,\"rejected\":2,\"version\":1}").post("/deliveries/" + shipped + "/receipt")
                .then().statusCode(400).body("errors[0].field", is("accepted"));
        as("cso").body("{\"accepted\":38,\"rejected\":2,\"version\":1}").post("/deliveries/" + shipped + "/receipt")
                .then().statusCode(200).body("status", is("RECEIVED"));
        as("cso").get("/orders/" + order).then().body("status", is("PARTIALLY_DELIVERED"));
        long replacement = user("maker").body(shipment(order, 2)).post("/deliveries").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("cso").body("{\"accepted\":2,\"rejected\":0,\"version\":1}").post("/deliveries/" + replacement
                + "/receipt").then().statusCode(200);
        as("cso").get("/orders/" + order).then().body("status", is("DELIVERED"));
        long bulk = as("cso").body(shipment(scaled, 20)).post("/deliveries").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("cso").body("{\"accepted\":20,\"rejected\":0,\"version\":1}").post("/deliveries/" + bulk + "/receipt")
                .then().statusCode(200);
        as("cso").get("/orders/" + scaled).then().body("status", is("DELIVERED"));
        as("cso").body("{\"version\":" + orderVersion(scaled) + "}").post("/orders/" + scaled + "/closing").then()
                .statusCode(200).body("status", is("CLOSED"));
        as("cso").body("{\"version\":" + orderVersion(scaled) + ",\"reason\":\"Too late\"}")
                .post("/orders/" + scaled + "/cancellation")
                .then().statusCode(409);
        // Closing the delivered, unpaid scale-up order released its 50,000 as well.
        as("cso").get("/funds/" + fund + "/balance").then().body("committed", is(euros("200000.00")))
                .body("released", is(euros("100000.00"))).body("available", is(euros("50000.00")));
        List<Integer> makerDeliveries = user("maker").get("/deliveries?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items.id");
        assertThat(makerDeliveries.contains((int) bulk), is(true));
        assertThat(user(rival).get("/deliveries?size=100").then().extract().jsonPath().getList("items.id")
                .contains((int) bulk), is(false));
    }

    @Test
    void membersRecordTheirOwnDonationsInKind() {
        String donation = "{\"source\":\"IN_KIND\",\"memberCode\":\"LV\",\"category\":\"ADVANCED_FPV\","
                + "\"quantity\":100,\"shippedOn\":\"2026-01-15\",\"destination\":\"Kyiv\"}";
        long id = as("rep-lv").body(donation).post("/deliveries").then().statusCode(201)
                .body("source", is("IN_KIND")).extract().jsonPath().getLong("id");
        as("rep-gb").body(donation).post("/deliveries").then().statusCode(403);
        as("rep-lv").body(donation.replace("\"category\":\"ADVANCED_FPV\",", "")).post("/deliveries").then()
                .statusCode(400).body("errors[0].field", is("category"));
        as("cso").body("{\"accepted\":100,\"rejected\":0,\"version\":1}").post("/deliveries/" + id + "/receipt")
                .then().statusCode(200).body("accepted", is(100));
    }

    /**
     * The CSO's double click and two officers at once: four award proposals in parallel leave one
     * open decision, and four scale-up orders in parallel stay within the awarded quantity.
     */
    @Test
    void parallelAwardProposalsAndScaleUpOrdersSerialiseOnTheTender() throws Exception {
        long fund = newFund();
        fundWith(fund, "2000000.00");
        String ref = tender(fund);
        long ours = propose("maker", ref, "2500.00");
        submit("maker", ours);
        Tendering.open(ref);
        Tendering.judge(ref, ours, true, null);

        String award = "{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":500,\"pilotQuantity\":20}]}";
        List<Response> proposed = Parallel.atOnce("Parallel award proposals", 4,
                i -> as("cso").body(award).post("/tenders/" + ref + "/award"));
        assertThat(Parallel.count(proposed, 201), is(1L));
        assertThat(Parallel.count(proposed, 409), is(3L));
        for (String country : DEMO_MEMBERS.subList(0, quorum())) {
            as("rep-" + country).body("{\"vote\":\"APPROVE\"}").put("/tenders/" + ref + "/award/vote").then()
                    .statusCode(200);
        }
        long pilot = as("cso").post("/tenders/" + ref + "/award/closing").then().statusCode(200)
                .extract().jsonPath().getLong("ordersPlaced[0].id");
        as("tester").body(findings("PASSED")).post("/orders/" + pilot + "/test-reports").then().statusCode(201);

        long maker = as("cso").get("/proposals/" + ours).then().extract().jsonPath().getLong("manufacturerId");
        String scaleUp = "{\"tender\":\"" + ref + "\",\"manufacturerId\":" + maker + ",\"quantity\":200}";
        List<Response> placed = Parallel.atOnce("Parallel scale-up orders", 4,
                i -> as("cso").body(scaleUp).post("/orders"));
        assertThat("480 drones left of the 500 awarded: two orders of 200 fit", Parallel.count(placed, 201), is(2L));
        assertThat(Parallel.count(placed, 409), is(2L));
        as("cso").get("/funds/" + fund + "/balance").then().body("committed", is(euros("1050000.00")));

        user("maker").body("{\"version\":" + orderVersion(pilot) + "}").post("/orders/" + pilot + "/production")
                .then().statusCode(200);
        List<Response> shipped = Parallel.atOnce("Parallel shipments", 4,
                i -> user("maker").body(shipment(pilot, 15)).post("/deliveries"));
        assertThat("a pilot order of 20 has room for one shipment of 15", Parallel.count(shipped, 201), is(1L));
        assertThat(Parallel.count(shipped, 409), is(3L));
    }

    /**
     * Representatives vote while the CSO closes the vote: every vote is either counted in the
     * decision or refused, never lost or counted after the closing.
     */
    @Test
    void votesAndTheClosingOfTheVoteSerialiseOnTheDecision() throws Exception {
        long fund = newFund();
        String ref = tender(fund);
        long ours = propose("maker", ref, "2500.00");
        submit("maker", ours);
        Tendering.open(ref);
        Tendering.judge(ref, ours, true, null);
        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":10,\"pilotQuantity\":10}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(201);
        List<String> voters = DEMO_MEMBERS;
        List<Response> answers = Parallel.atOnce("Parallel votes and closing", voters.size() + 1,
                i -> i < voters.size()
                        ? as("rep-" + voters.get(i)).body("{\"vote\":\"APPROVE\"}").put("/tenders/" + ref + "/award/vote")
                        : as("cso").post("/tenders/" + ref + "/award/closing"));
        List<Response> votes = answers.subList(0, voters.size());
        assertThat(answers.get(voters.size()).statusCode(), is(200));
        assertThat(Parallel.count(votes, 200) + Parallel.count(votes, 409), is((long) voters.size()));
        var decision = as("cso").get("/tenders/" + ref + "/award").then().statusCode(200).extract().jsonPath();
        assertThat("votes counted = votes accepted", (long) decision.getList("votes").size(),
                is(Parallel.count(votes, 200)));
        assertThat(decision.getLong("tally.voted"), is(Parallel.count(votes, 200)));
    }

    private static String findings(String verdict) {
        return "{\"unitsTested\":20,\"missionSuccessRate\":85.5,\"rangeKm\":18.5,\"ewResistance\":\"HIGH\","
                + "\"notes\":\"Night sorties\",\"verdict\":\"" + verdict + "\"}";
    }

    @Test
    void proposalsMustBeJudgedBeforeAnAwardAndNonComplianceNeedsAReason() throws Exception {
        long fund = newFund();
        String ref = tender(fund);
        long ours = propose("maker", ref, "2500.00");
        submit("maker", ours);
        Tendering.open(ref);
        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":10,\"pilotQuantity\":5}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(409);
        long version = as("cso").get("/proposals/" + ours).then().extract().jsonPath().getLong("version");
        as("cso").body("{\"compliant\":false,\"version\":" + version + "}")
                .post("/tenders/" + ref + "/evaluation/proposals/" + ours + "/compliance").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        Tendering.judge(ref, ours, false, "The payload certificate is missing");
        // Its only proposal is not compliant: the tender ends unsuccessful, nothing more is scored or awarded.
        as("rep-gb").body(scores(8)).put("/tenders/" + ref + "/evaluation/proposals/" + ours + "/scores").then()
                .statusCode(409).body("detail", containsString("UNSUCCESSFUL"));
        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":10,\"pilotQuantity\":5}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(409);
        anonymous().get("/tenders/" + ref).then().body("status", is("UNSUCCESSFUL"));
        user("maker").get("/proposals/" + ours).then().body("status", is("NON_COMPLIANT"));
    }

    private static String scores(int performance) {
        return "{\"scores\":[{\"criterion\":\"Performance\",\"points\":" + performance
                + ",\"comment\":\"Checked against the datasheet\"}]}";
    }
}
