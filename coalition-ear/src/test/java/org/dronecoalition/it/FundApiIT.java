package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Api.euros;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Funds, pledges, receipts and the ledger through the REST API: every euro traceable. */
class FundApiIT extends DeployedPlatform {

    private static long newFund(String purpose) {
        return as("cso").body("{\"name\":\"Test fund " + UUID.randomUUID() + "\",\"purpose\":\"" + purpose + "\"}")
                .post("/funds").then().statusCode(201).body("currency", is("EUR"))
                .extract().jsonPath().getLong("id");
    }

    private static long pledge(String user, long fund, String member, String amount) {
        return as(user).body("{\"fundId\":" + fund + ",\"memberCode\":\"" + member + "\",\"amount\":" + amount + "}")
                .post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Response receive(long contribution, String amount) {
        return as("cso").body("{\"amount\":" + amount + "}").post("/contributions/" + contribution + "/receipts");
    }

    private static JsonPath balance(long fund) {
        return anonymous().get("/funds/" + fund + "/balance").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void demoFundsShowTheirMoney() {
        List<String> names = anonymous().queryParam("size", 100).get("/funds").then().statusCode(200).extract()
                .path("items.name");
        assertThat(names, hasItem("MoU special fund"));
        assertThat(names, hasItem("Joint procurement fund"));
    }

    @Test
    void pledgeReceiptsAndLedgerAddUp() {
        long fund = newFund("pledges and receipts");
        long lv = pledge("rep-lv", fund, "LV", "1000000.00");
        anonymous().get("/contributions/" + lv).then().body("status", is("PLEDGED"));
        receive(lv, "400000.00").then().statusCode(201).body("status", is("PARTIALLY_RECEIVED"))
                .body("outstanding", equalTo(euros("600000.00")));
        receive(lv, "600000.01").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("exceeds what is outstanding"));
        receive(lv, "600000.00").then().statusCode(201).body("status", is("RECEIVED"));

        JsonPath b = balance(fund);
        assertThat(b.getString("received"), is("1000000.00"));
        assertThat(b.getString("available"), is("1000000.00"));
        assertThat(b.getString("members[0].memberCode"), is("LV"));

        anonymous().queryParam("type", "CONTRIBUTION_RECEIVED").get("/funds/" + fund + "/ledger").then()
                .statusCode(200).body("items", hasSize(2)).body("items.memberCode", everyItem(is("LV")));
        String csv = anonymous().accept("text/csv").get("/funds/" + fund + "/ledger.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().count(), is(3L));
        anonymous().get("/members/LV/contributions?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) lv));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        anonymous().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/funds/" + fund + "/ledger")
                .then().statusCode(200).body("total", is(0));
        anonymous().queryParam("from", today).queryParam("to", today).queryParam("member", "lv")
                .get("/funds/" + fund + "/ledger").then().statusCode(200).body("total", is(2));
        anonymous().queryParam("from", "14 October").get("/funds/" + fund + "/ledger")
                .then().statusCode(400).body("errors[0].field", is("from"));
        as("cso").queryParam("aggregateType", "Fund").queryParam("aggregateId", fund).get("/audit-events")
                .then().statusCode(200).body("items.action", hasItem("CONTRIBUTION_RECEIVED"))
                .body("items.action", hasItem("CREATED"));
    }

    @Test
    void fundNamesAreUnique() {
        String name = "Unique fund " + UUID.randomUUID();
        as("cso").body("{\"name\":\"" + name + "\"}").post("/funds").then().statusCode(201);
        as("cso").body("{\"name\":\"" + name + "\"}").post("/funds").then().statusCode(409)
                .body("errors[0].field", is("name"));
        as("cso").body("{\"name\":\"\"}").post("/funds").then().statusCode(400)
                .body("errors[0].field", is("name"));
    }

    @Test
    void raisingThePledgeAllowsMoreToArrive() {
        long fund = newFund("raise");
        long se = pledge("cso", fund, "SE", "100.00");
        receive(se, "100.00").then().statusCode(201);
        int version = anonymous().get("/contributions/" + se).then().extract().path("version");
        as("rep-se").body("{\"pledged\":50.00,\"version\":" + version + "}").put("/contributions/" + se)
                .then().statusCode(409).body("errors[0].field", is("pledged"));
        as("rep-se").body("{\"pledged\":150.00,\"version\":" + version + "}").put("/contributions/" + se)
                .then().statusCode(200).body("status", is("PARTIALLY_RECEIVED"));
        receive(se, "50.00").then().statusCode(201).body("received", equalTo(euros("150.00")));
        JsonPath b = balance(fund);
        assertThat(b.getString("pledged"), is("150.00"));
        assertThat(b.getString("members[0].pledged"), is("150.00"));
        assertThat(b.getString("members[0].received"), is("150.00"));
    }

    @Test
    void theLedgerIsReadFromWhereThePageBeforeEnded() {
        long fund = newFund("cursor");
        receive(pledge("cso", fund, "LV", "1000.00"), "1000.00").then().statusCode(201);
        for (int i = 1; i <= 7; i++) {
            as("cso").body("{\"type\":\"COMMITMENT\",\"amount\":" + i + ".00,\"reference\":\"cursor-" + i + "\"}")
                    .post("/funds/" + fund + "/ledger").then().statusCode(201);
        }
        String ledger = "/funds/" + fund + "/ledger";
        JsonPath page = anonymous().queryParam("size", 3).get(ledger).then().statusCode(200).extract().jsonPath();
        for (int n = 1; n <= 2; n++) {
            String next = page.getString("next");
            page = anonymous().queryParam("size", 3).queryParam("after", next).get(ledger).then().statusCode(200)
                    .body("page", is(n)).body("total", is(8)).body("totalPages", is(3)).extract().jsonPath();
            List<Integer> byOffset = anonymous().queryParam("size", 3).queryParam("page", n).get(ledger).then()
                    .extract().path("items.id");
            assertThat("page " + n + " from the cursor", page.getList("items.id"), is(byOffset));
        }
        assertThat("the last page names no next one", page.getString("next"), nullValue());
        assertThat(page.getList("items"), hasSize(2));

        anonymous().queryParam("after", "not-a-cursor").get(ledger).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("after"));
        anonymous().queryParam("after", page.getString("items[0].id")).queryParam("page", 1).get(ledger).then()
                .statusCode(400).body("errors[0].field", is("after"));
    }

    @Test
    void aWrongReceiptIsCorrectedByANewEntryNotAnEdit() {
        long fund = newFund("corrections");
        long ee = pledge("cso", fund, "EE", "100.00");
        receive(ee, "100.00").then().statusCode(201);
        long receipt = anonymous().get("/funds/" + fund + "/ledger").then().extract().jsonPath()
                .getLong("items[0].id");
        as("cso").body("{\"amount\":30.00}").post("/contributions/" + ee + "/receipts/" + receipt + "/corrections")
                .then().statusCode(201).body("received", equalTo(euros("70.00")))
                .body("status", is("PARTIALLY_RECEIVED"));
        as("cso").body("{\"amount\":70.01}").post("/contributions/" + ee + "/receipts/" + receipt + "/corrections")
                .then().statusCode(409).body("detail", containsString("EUR 70.00"));
        anonymous().get("/funds/" + fund + "/ledger").then().body("total", is(2))
                .body("items[0].amount", equalTo(euros("100.00")))
                .body("items[1].amount", equalTo(euros("-30.00")))
                .body("items[1].correctsId", equalTo((int) receipt));
        assertThat(balance(fund).getString("received"), is("70.00"));
    }

    @Test
    void badAmountsAreRefusedNamingTheField() {
        long fund = newFund("bad amounts");
        for (String amount : new String[] {"0", "-5", "10.005", "1e15"}) {
            as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":" + amount + "}")
                    .post("/contributions").then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", is("amount"));
        }
        as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":5,\"currency\":\"USD\"}")
                .post("/contributions").then().statusCode(400).body("errors[0].field", is("currency"));
        as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":\"lots\"}")
                .post("/contributions").then().statusCode(400).body("errors[0].field", is("amount"));
        as("cso").body("{\"type\":\"COMMITMENT\",\"amount\":0.001,\"reference\":\"x\"}")
                .post("/funds/" + fund + "/ledger").then().statusCode(400).body("errors[0].field", is("amount"));
    }

    @Test
    void representativesPledgeForTheirOwnCountryOnly() {
        long fund = newFund("roles");
        as("rep-lv").body("{\"fundId\":" + fund + ",\"memberCode\":\"SE\",\"amount\":10}").post("/contributions")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("cannot act for SE"));
        anonymous().body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":10}").post("/contributions")
                .then().statusCode(401);
        long lv = pledge("rep-lv", fund, "LV", "10.00");
        as("rep-lv").body("{\"amount\":10}").post("/contributions/" + lv + "/receipts").then().statusCode(403);
        as("rep-lv").body("{\"type\":\"COMMITMENT\",\"amount\":1,\"reference\":\"x\"}")
                .post("/funds/" + fund + "/ledger").then().statusCode(403);
        as("rep-lv").body("{\"name\":\"Rogue fund\"}").post("/funds").then().statusCode(403);
    }

    @Test
    void withdrawnMemberCannotPledge() {
        long fund = newFund("withdrawn");
        as("cso").body("{\"code\":\"PT\",\"joinedOn\":\"2025-01-15\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(201);
        as("cso").body("{\"version\":1}").post("/members/PT/withdrawal").then().statusCode(200);
        as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"PT\",\"amount\":10}").post("/contributions")
                .then().statusCode(409).body("detail", containsString("withdrawn"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsNothingTwice() {
        long fund = newFund("idempotency");
        String key = UUID.randomUUID().toString();
        String body = "{\"fundId\":" + fund + ",\"memberCode\":\"NL\",\"amount\":250.00}";
        long first = as("cso").header("Idempotency-Key", key).body(body).post("/contributions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long again = as("cso").header("Idempotency-Key", key).body(body).post("/contributions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(again, is(first));
        as("cso").header("Idempotency-Key", key).body(body.replace("250.00", "2500.00")).post("/contributions")
                .then().statusCode(409).contentType(Api.PROBLEM).body("detail", containsString("different request"));

        String receiptKey = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            as("cso").header("Idempotency-Key", receiptKey).body("{\"amount\":100.00}")
                    .post("/contributions/" + first + "/receipts").then().statusCode(201)
                    .body("received", equalTo(euros("100.00")));
        }
        assertThat(balance(fund).getString("received"), is("100.00"));
        anonymous().get("/funds/" + fund + "/ledger").then().body("total", is(1));
        anonymous().get("/members/NL/contributions?size=100").then()
                .body("items.findAll { it.fundId == " + fund + " }", hasSize(1));
    }

    @Test
    void commitmentsReleasesAndPaymentsFollowTheRules() {
        long fund = newFund("commitments");
        receive(pledge("cso", fund, "DK", "1000.00"), "1000.00").then().statusCode(201);
        String order = "order-" + UUID.randomUUID();
        record(fund, "COMMITMENT", "700.00", order).then().statusCode(201);
        record(fund, "COMMITMENT", "300.01", "other").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("EUR 300.00 available"));
        record(fund, "PAYMENT", "500.00", order).then().statusCode(201);
        record(fund, "RELEASE", "200.01", order).then().statusCode(409);
        record(fund, "RELEASE", "200.00", order).then().statusCode(201);
        record(fund, "CONTRIBUTION_RECEIVED", "1.00", order).then().statusCode(400)
                .body("errors[0].field", is("type"));
        JsonPath b = balance(fund);
        assertThat(b.getString("committed"), is("700.00"));
        assertThat(b.getString("paid"), is("500.00"));
        assertThat(b.getString("released"), is("200.00"));
        assertThat(b.getString("available"), is("500.00"));
        assertThat(b.getString("outstanding"), is("0.00"));
    }

    /**
     * Twenty officers commit EUR 75,000 each at once against a fund holding EUR 1,000,000: exactly
     * thirteen fit, the seven others are told what is available, and nothing drifts.
     */
    @Test
    void parallelCommitmentsSerialiseOnTheFund() throws Exception {
        long fund = newFund("concurrency");
        receive(pledge("cso", fund, "GB", "1000000.00"), "1000000.00").then().statusCode(201);
        int attempts = 20;
        List<Response> results = Parallel.atOnce("Parallel commitments", attempts,
                i -> record(fund, "COMMITMENT", "75000.00", "parallel-" + i));
        int succeeded = 0;
        int refused = 0;
        for (Response response : results) {
            if (response.statusCode() == 201) {
                succeeded++;
            } else {
                assertThat(response.statusCode(), is(409));
                assertThat(response.jsonPath().getString("detail"), containsString("EUR 25,000.00 available"));
                refused++;
            }
        }
        JsonPath b = balance(fund);
        System.out.printf("Parallel commitments: %d attempts, %d succeeded, %d refused; committed %s, available %s%n",
                attempts, succeeded, refused, b.getString("committed"), b.getString("available"));
        assertThat(succeeded, is(13));
        assertThat(refused, is(7));
        assertThat(new BigDecimal(b.getString("committed")), equalTo(euros("975000.00")));
        assertThat(new BigDecimal(b.getString("available")), equalTo(euros("25000.00")));
        anonymous().queryParam("type", "COMMITMENT").get("/funds/" + fund + "/ledger").then().body("total", is(13));
    }

    @Test
    void memberCountriesPledgingToOneFundAtOnceAreAllRecorded() throws Exception {
        long fund = newFund("pledges at once");
        List<String> members = List.of("GB", "DE", "FR", "NL", "DK", "SE", "NO", "PL", "LV", "LT", "EE", "CZ");
        List<Response> results = Parallel.atOnce("Parallel pledges", members.size(), i -> as("cso")
                .body("{\"fundId\":" + fund + ",\"memberCode\":\"" + members.get(i) + "\",\"amount\":1000.00}")
                .post("/contributions"));
        assertThat(results.stream().map(Response::statusCode).toList(), everyItem(is(201)));
        JsonPath b = balance(fund);
        assertThat(new BigDecimal(b.getString("pledged")), equalTo(euros("12000.00")));
        assertThat(b.getList("members.memberCode"), containsInAnyOrder(members.toArray()));
    }

    private static Response record(long fund, String type, String amount, String reference) {
        return as("cso").body("{\"type\":\"" + type + "\",\"amount\":" + amount + ",\"reference\":\"" + reference
                + "\"}").post("/funds/" + fund + "/ledger");
    }
}
