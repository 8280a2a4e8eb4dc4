package org.dronecoalition.it;

import static org.dronecoalition.it.Api.as;
import static org.dronecoalition.it.Awarding.newFund;
import static org.dronecoalition.it.Awarding.tender;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An award follows the ranking; passing over a better-ranked proposal needs a reason the voters see. */
class AwardDeviationIT extends DeployedPlatform {

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void passingOverABetterRankedProposalNeedsAReasonThatRepresentativesRead() throws Exception {
        String ref = tender(newFund());
        Awarding.Rivals bids = Awarding.compliantRivals(ref);
        long ours = bids.ours();
        long theirs = bids.theirs();
        // theirs: cheaper and better scored, so ranked first.
        as("rep-gb").body(scores(5)).put("/tenders/" + ref + "/evaluation/proposals/" + ours + "/scores").then()
                .statusCode(200);
        as("rep-gb").body(scores(9)).put("/tenders/" + ref + "/evaluation/proposals/" + theirs + "/scores").then()
                .statusCode(200);
        as("rep-gb").get("/tenders/" + ref + "/evaluation").then().body("ranking[0].proposalId", is((int) theirs));

        String oursOnly = "\"lines\":[{\"proposalId\":" + ours + ",\"quantity\":100,\"pilotQuantity\":10}]";
        as("cso").body("{" + oursOnly + "}").post("/tenders/" + ref + "/award").then().statusCode(400)
                .body("errors[0].field", is("deviationReason"))
                .body("detail", containsString("passes over proposal(s) [" + theirs + "]"));
        as("cso").body("{" + oursOnly + ",\"deviationReason\":\"The cheaper maker has no export licence yet\"}")
                .post("/tenders/" + ref + "/award").then().statusCode(201)
                .body("deviationReason", is("The cheaper maker has no export licence yet"));
        as("rep-se").get("/tenders/" + ref + "/award").then().statusCode(200)
                .body("deviationReason", containsString("export licence"));
    }

    private static String scores(int performance) {
        return "{\"scores\":[{\"criterion\":\"Performance\",\"points\":" + performance + "}]}";
    }
}
