package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Awarding.newFund;
import static org.dronecoalition.it.Awarding.tender;
import static org.dronecoalition.it.Tendering.propose;
import static org.dronecoalition.it.Tendering.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three ends of a tender without an award: nobody bid, nobody was compliant, the vote failed. */
class UnsuccessfulTenderIT extends DeployedPlatform {

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    /**
     * The clock is set three seconds short of the deadline, which closes nothing; the deadline then passes
     * in real time and the timer, running every 10 seconds, closes the tender.
     */
    @Test
    void aTenderNobodyBidOnEndsUnsuccessfulAtItsDeadlineByTheTimer() throws Exception {
        String ref = tender(newFund());
        Tendering.standAt(Tendering.deadlineOf(ref).minus(Duration.ofSeconds(3)));
        anonymous().get("/tenders/" + ref).then().body("status", is("PUBLISHED")).body("openedAt", nullValue());
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        String status = "";
        while (!status.equals("UNSUCCESSFUL") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(500);
            status = anonymous().get("/tenders/" + ref).then().extract().jsonPath().getString("status");
        }
        anonymous().get("/tenders/" + ref).then().body("status", is("UNSUCCESSFUL"))
                .body("statusReason", is("No proposal was submitted before the deadline"));
    }

    @Test
    void aTenderWithoutACompliantProposalEndsUnsuccessful() throws Exception {
        String ref = tender(newFund());
        long only = propose("maker", ref, "2500.00");
        submit("maker", only);
        Tendering.open(ref);
        Tendering.judge(ref, only, false, "No range certificate");
        anonymous().get("/tenders/" + ref).then().body("status", is("UNSUCCESSFUL"))
                .body("statusReason", is("No proposal was found compliant"));
    }

    @Test
    void theCsoEndsATenderUnsuccessfulOnlyAfterAFailedVoteAndWithAReason() throws Exception {
        String ref = tender(newFund());
        long only = propose("maker", ref, "2500.00");
        submit("maker", only);
        Tendering.open(ref);
        Tendering.judge(ref, only, true, null);
        assertThat(declare(ref, "The offers are too expensive"), is(409));

        as("cso").body("{\"lines\":[{\"proposalId\":" + only + ",\"quantity\":10,\"pilotQuantity\":5}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(201);
        as("rep-lv").body("{\"vote\":\"REJECT\"}").put("/tenders/" + ref + "/award/vote").then().statusCode(200);
        assertThat("while the vote is open", declare(ref, "The offers are too expensive"), is(409));
        as("cso").post("/tenders/" + ref + "/award/closing").then().statusCode(200).body("status", is("FAILED"));

        assertThat(declare(ref, " "), is(400));
        assertThat(declare(ref, "The coalition did not agree on the offer"), is(200));
        anonymous().get("/tenders/" + ref).then().body("status", is("UNSUCCESSFUL"))
                .body("statusReason", containsString("did not agree"));
        as("cso").body("{\"lines\":[{\"proposalId\":" + only + ",\"quantity\":10,\"pilotQuantity\":5}]}")
                .post("/tenders/" + ref + "/award").then().statusCode(409);
    }

    private static int declare(String ref, String reason) {
        long version = as("cso").get("/tenders/" + ref).then().extract().jsonPath().getLong("version");
        return as("cso").body("{\"version\":" + version + ",\"reason\":\"" + reason + "\"}")
                .post("/tenders/" + ref + "/failure").then().extract().statusCode();
    }
}
