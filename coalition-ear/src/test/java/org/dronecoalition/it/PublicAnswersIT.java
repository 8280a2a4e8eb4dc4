package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The answers the server keeps for anonymous reads are given again only while they are current:
 * a write shows at the next read, a deadline passes on time without any write, and a signed-in
 * caller is answered for who they are.
 */
class PublicAnswersIT extends DeployedPlatform {

    @Test
    void aReceiptShowsInTheNextAnonymousReadOfTheBalance() {
        long fund = as("cso").body("{\"name\":\"Public answers " + Tendering.unique() + "\"}").post("/funds")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long pledge = as("cso").body("{\"fundId\":" + fund + ",\"memberCode\":\"LV\",\"amount\":800.00}")
                .post("/contributions").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat("received before, read twice", received(fund), is(new BigDecimal("0.00")));
        assertThat(received(fund), is(new BigDecimal("0.00")));

        as("cso").body("{\"amount\":300.00}").post("/contributions/" + pledge + "/receipts").then().statusCode(201);

        assertThat("received after", received(fund), is(new BigDecimal("300.00")));
    }

    @Test
    void theCsoSeesTheDraftsThatTheAnonymousListLeavesOut() {
        as("cso").body(Tendering.draft("IT-" + Tendering.unique(), 40, 60, Duration.ofDays(20))).post("/tenders")
                .then().statusCode(201);
        long published = anonymous().get("/tenders").then().statusCode(200).extract().jsonPath().getLong("total");
        assertThat("read again", anonymous().get("/tenders").then().statusCode(200).extract().jsonPath()
                .getLong("total"), is(published));

        long withDrafts = as("cso").get("/tenders").then().statusCode(200).extract().jsonPath().getLong("total");

        assertThat(withDrafts, greaterThan(published));
    }

    @Test
    void aTenderReadsClosedAsSoonAsItsDeadlineHasPassed() {
        Tendering.readAcrossTheDeadline(ref -> anonymous().get("/tenders/" + ref).then().statusCode(200).extract()
                .jsonPath().getString("status"));
    }

    private static BigDecimal received(long fund) {
        return anonymous().get("/funds/" + fund + "/balance").then().statusCode(200).extract().jsonPath()
                .getObject("received", BigDecimal.class);
    }
}
