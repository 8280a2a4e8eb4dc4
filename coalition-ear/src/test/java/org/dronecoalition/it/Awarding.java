package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Tendering.unique;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The steps from a fund to placed orders, as the CSO and the representatives take them over the API. */
final class Awarding {

    /** Representatives of demo member countries, enough of them for any quorum. */
    static final List<String> DEMO_MEMBERS = List.of("lv", "gb", "se", "nl", "dk", "de", "lt", "ee", "ua",
            "ca", "au", "cz", "fr", "it", "nz", "pl", "lu", "no", "be", "tr");

    private Awarding() {
    }

    /** Enough representatives approve the open award proposal; the vote is closed; returns the orders placed. */
    static List<Long> passAward(String ref) {
        for (String country : DEMO_MEMBERS.subList(0, quorum())) {
            as("rep-" + country).body("{\"vote\":\"APPROVE\"}").put("/tenders/" + ref + "/award/vote").then()
                    .statusCode(200);
        }
        return as("cso").post("/tenders/" + ref + "/award/closing").then().statusCode(200).body("status",
                is("PASSED")).extract().jsonPath().getList("ordersPlaced.id", Long.class);
    }

    /** The fewest votes that make a quorum: other tests may have admitted members. */
    static int quorum() {
        long members = anonymous().get("/members?status=MEMBER&size=1").then().statusCode(200).extract().jsonPath()
                .getLong("total");
        return (int) (members / 2 + 1);
    }

    static long orderVersion(long order) {
        return as("cso").get("/orders/" + order).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    static String shipment(long order, int quantity) {
        return "{\"source\":\"ORDER\",\"orderId\":" + order + ",\"quantity\":" + quantity
                + ",\"shippedOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"destination\":\"Logistics hub\"}";
    }

    /** A tender of 800 drones, budget EUR 2,000,000, on the given fund, deadline in two hours. */
    static String tender(long fund) {
        String ref = "AW-" + unique();
        String body = Tendering.draft(ref, 40, 60, Duration.ofHours(2)).replaceFirst("\"fundId\":\\d+",
                "\"fundId\":" + fund).replace("\"quantity\":500", "\"quantity\":800");
        long version = as("cso").body(body).post("/tenders").then().statusCode(201).extract().jsonPath()
                .getLong("version");
        as("cso").body("{\"version\":" + version + "}").post("/tenders/" + ref + "/publication").then()
                .statusCode(200);
        return ref;
    }

    /** A new fund holding EUR 50,000 from Latvia. */
    static long newFund() {
        long fund = as("cso").body("{\"name\":\"Fund " + unique() + "\",\"purpose\":\"Award tests\"}").post("/funds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        fundWith(fund, "50000.00");
        return fund;
    }

    static void fundWith(long fund, String amount) {
        long pledge = as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":" + amount + "}")
                .post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("cso").body("{\"amount\":" + amount + "}").post("/contributions/" + pledge + "/receipts").then()
                .statusCode(201);
    }

    /** A pilot order of 40 drones at EUR 2,500 from the demo manufacturer: EUR 100,000 committed on a new fund. */
    static long pilotOrder() {
        long fund = newFund();
        fundWith(fund, "100000.00");
        String ref = tender(fund);
        proposePilot(ref);
        return passAward(ref).get(0);
    }

    /**
     * The demo manufacturer bids EUR 2,500 on the tender, which is opened, and the CSO proposes to award
     * it 400 drones with a pilot of 40; the vote is left open.
     */
    static void proposePilot(String ref) {
        long proposal = Tendering.propose("maker", ref, "2500.00");
        Tendering.submit("maker", proposal);
        Tendering.open(ref);
        Tendering.judge(ref, proposal, true, null);
        as("cso").body("{\"lines\":[{\"proposalId\":" + proposal + ",\"quantity\":400,\"pilotQuantity\":40}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(201);
    }

    /** Two compliant, opened proposals on the tender: the demo maker's at EUR 2,500, a Latvian rival's at 2,000. */
    record Rivals(long ours, String rival, long theirs) {
    }

    static Rivals compliantRivals(String ref) {
        long ours = Tendering.propose("maker", ref, "2500.00");
        Tendering.submit("maker", ours);
        String rival = Tendering.verifiedManufacturer("LV");
        long theirs = Tendering.propose(rival, ref, "2000.00");
        Tendering.submit(rival, theirs);
        Tendering.open(ref);
        Tendering.judge(ref, ours, true, null);
        Tendering.judge(ref, theirs, true, null);
        return new Rivals(ours, rival, theirs);
    }
}
