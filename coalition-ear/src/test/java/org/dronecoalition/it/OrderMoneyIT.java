package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Api.euros;
import static org.dronecoalition.it.Awarding.fundWith;
import static org.dronecoalition.it.Awarding.newFund;
import static org.dronecoalition.it.Awarding.orderVersion;
import static org.dronecoalition.it.Awarding.shipment;
import static org.dronecoalition.it.Awarding.tender;
import static org.dronecoalition.it.Tendering.user;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Money to its end: payments draw on an order's commitment and never beyond what is unpaid, and
 * closing or cancelling an order releases exactly the unpaid rest, so nothing stays committed.
 */
class OrderMoneyIT extends DeployedPlatform {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void paymentsDrawOnTheCommitmentAndEndingAnOrderReleasesTheUnpaidRest() throws Exception {
        long fund = newFund();
        fundWith(fund, "450000.00");
        String ref = tender(fund);
        Awarding.Rivals bids = Awarding.compliantRivals(ref);
        long ours = bids.ours();
        String rival = bids.rival();
        long theirs = bids.theirs();
        as("cso").body("{\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":400,\"pilotQuantity\":40},"
                + "{\"proposalId\":" + theirs + ",\"quantity\":400,\"pilotQuantity\":40}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(201);
        List<Long> placed = Awarding.passAward(ref);
        boolean oursFirst = as("cso").get("/orders/" + placed.get(0)).then().extract().jsonPath()
                .getLong("proposalId") == ours;
        long order = oursFirst ? placed.get(0) : placed.get(1);
        long other = oursFirst ? placed.get(1) : placed.get(0);
        as("cso").get("/orders/" + order).then().body("committed", is(euros("100000.00")))
                .body("paid", is(euros("0.00"))).body("outstanding", is(euros("100000.00")));

        String first = payment("30000.00", "VYR-2024-0117");
        long paid = as("cso").header("Idempotency-Key", "pay-" + order).body(first)
                .post("/orders/" + order + "/payments").then().statusCode(201)
                .body("invoiceReference", is("VYR-2024-0117")).body("paidOn", is(TODAY))
                .extract().jsonPath().getLong("id");
        as("cso").header("Idempotency-Key", "pay-" + order).body(first).post("/orders/" + order + "/payments")
                .then().statusCode(201).body("id", is((int) paid));
        as("cso").header("Idempotency-Key", "pay-" + order).body(payment("31000.00", "VYR-2024-0117"))
                .post("/orders/" + order + "/payments").then().statusCode(409).contentType(PROBLEM);
        long entry = as("cso").get("/orders/" + order + "/payments/" + paid).then().statusCode(200)
                .extract().jsonPath().getLong("ledgerEntryId");
        as("cso").get("/funds/" + fund + "/ledger/" + entry).then().body("type", is("PAYMENT"))
                .body("reference", is("ORDER-" + order)).body("amount", is(euros("30000.00")));
        as("cso").get("/orders/" + order).then().body("paid", is(euros("30000.00")))
                .body("outstanding", is(euros("70000.00")));
        user("maker").get("/orders/" + order + "/payments").then().statusCode(200).body("items", hasSize(1));
        user(rival).get("/orders/" + order + "/payments").then().statusCode(404);
        user("maker").body(payment("1.00", "X")).post("/orders/" + order + "/payments").then().statusCode(403);

        as("cso").body(payment("80000.00", "VYR-2024-0118")).post("/orders/" + order + "/payments").then()
                .statusCode(409).body("detail", containsString("EUR 70,000.00"));
        as("cso").body("{\"amount\":10.00,\"paidOn\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(2)
                + "\",\"invoiceReference\":\"VYR-2024-0119\"}").post("/orders/" + order + "/payments").then()
                .statusCode(400).body("errors[0].field", is("paidOn"));

        List<Response> racing = Parallel.atOnce("Parallel payments", 4, i -> as("cso")
                .body(payment("20000.00", "VYR-2024-02" + i)).post("/orders/" + order + "/payments"));
        assertThat("70,000 unpaid: three payments of 20,000 fit", Parallel.count(racing, 201), is(3L));
        assertThat(Parallel.count(racing, 409), is(1L));
        String available = as("cso").get("/funds/" + fund + "/balance").then().extract().jsonPath()
                .getString("available");

        deliver(order, 10);
        as("cso").body("{\"version\":" + orderVersion(order) + "}").post("/orders/" + order + "/closing").then()
                .statusCode(400).body("errors[0].field", is("reason"));
        as("cso").body("{\"version\":" + orderVersion(order) + ",\"reason\":\"The plant was hit; the other 30 "
                + "will not come\"}").post("/orders/" + order + "/closing").then().statusCode(200)
                .body("status", is("CLOSED")).body("released", is(euros("10000.00")))
                .body("paid", is(euros("90000.00"))).body("outstanding", is(euros("0.00")));
        as("cso").get("/funds/" + fund + "/balance").then()
                .body("available", is(euros(available).add(euros("10000.00"))));
        as("cso").body(payment("1.00", "VYR-2024-0300")).post("/orders/" + order + "/payments").then()
                .statusCode(409).body("detail", containsString("CLOSED"));

        deliver(other, 5);
        as("cso").body("{\"version\":" + orderVersion(other) + ",\"reason\":\"The rest is no longer needed\"}")
                .post("/orders/" + other + "/cancellation").then().statusCode(200).body("status", is("CANCELLED"))
                .body("released", is(euros("80000.00"))).body("outstanding", is(euros("0.00")));
        anonymous().get("/orders/" + other).then().statusCode(401);
    }

    @Test
    void eachMembersPartOfAnOrderFollowsTheSharesFixedWhenItWasCommitted() throws Exception {
        long fund = newFund();
        receive(fund, "GB", "150000.00");
        String ref = tender(fund);
        Awarding.proposePilot(ref);
        BigDecimal latvia = credited("LV");
        BigDecimal britain = credited("GB");
        long order = Awarding.passAward(ref).get(0);
        assertThat("Latvia's quarter of the 40 drones ordered", credited("LV"), is(latvia.add(euros("10.0"))));
        assertThat("Britain's three quarters", credited("GB"), is(britain.add(euros("30.0"))));
        receive(fund, "SE", "200000.00");
        as("cso").body(payment("40000.00", "VYR-2024-0400")).post("/orders/" + order + "/payments").then()
                .statusCode(201);
        as("cso").body("{\"type\":\"COMMITMENT\",\"amount\":4000.00,\"reference\":\"CONTRACT-7\"}")
                .post("/funds/" + fund + "/ledger").then().statusCode(201);

        JsonPath balance = as("cso").get("/funds/" + fund + "/balance").then().statusCode(200).extract().jsonPath();
        // The order's EUR 100,000 by the shares when it was committed (LV 50,000 and GB 150,000 paid in);
        // the other commitment by what each has paid in now (LV 50,000, GB 150,000, SE 200,000).
        assertThat(part(balance, "LV", "committed"), is("25500.00"));
        assertThat(part(balance, "GB", "committed"), is("76500.00"));
        assertThat(part(balance, "SE", "committed"), is("2000.00"));
        assertThat(part(balance, "LV", "paid"), is("10000.00"));
        assertThat(part(balance, "GB", "paid"), is("30000.00"));
        assertThat(part(balance, "SE", "paid"), is("0.00"));
    }

    @Test
    void aFundCarriesItsTarget() {
        long fund = as("cso").body("{\"name\":\"Fund " + Tendering.unique() + "\",\"target\":50000000.00}")
                .post("/funds").then().statusCode(201).body("target", is(euros("50000000.00"))).extract()
                .jsonPath().getLong("id");
        as("cso").body("{\"name\":\"Fund " + Tendering.unique() + "\",\"target\":0.00}").post("/funds").then()
                .statusCode(400).body("errors[0].field", is("target"));
        anonymous().get("/funds/" + fund).then().body("target", is(euros("50000000.00")));
    }

    private static String payment(String amount, String invoice) {
        return "{\"amount\":" + amount + ",\"paidOn\":\"" + TODAY + "\",\"invoiceReference\":\"" + invoice + "\"}";
    }

    private static void receive(long fund, String member, String amount) {
        long pledge = as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"" + member + "\",\"amount\":"
                + amount + "}").post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("cso").body("{\"amount\":" + amount + "}").post("/contributions/" + pledge + "/receipts").then()
                .statusCode(201);
    }

    /** The drones ordered that the dashboard credits to a member country by the orders' shares. */
    private static BigDecimal credited(String member) {
        BigDecimal drones = anonymous().get("/dashboard").then().statusCode(200).extract().jsonPath()
                .getObject("countryShares.find { it.country == '" + member + "' }.creditedOrdered", BigDecimal.class);
        return drones == null ? euros("0.0") : drones;
    }

    private static String part(JsonPath balance, String member, String figure) {
        return balance.getString("members.find { it.memberCode == '" + member + "' }." + figure);
    }

    /** The CSO ships and receives part of the order, which becomes PARTIALLY_DELIVERED. */
    private static void deliver(long order, int quantity) {
        long shipped = as("cso").body(shipment(order, quantity)).post("/deliveries").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("cso").body("{\"accepted\":" + quantity + ",\"rejected\":0,\"version\":1}")
                .post("/deliveries/" + shipped + "/receipt").then().statusCode(200);
        as("cso").get("/orders/" + order).then().body("status", is("PARTIALLY_DELIVERED"));
    }
}
