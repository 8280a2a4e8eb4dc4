package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The answers the server keeps for reads are given again only while they are current, and only to
 * whom they were given: a write shows at the next read, a deadline passes on time without any
 * write, and each signed-in caller is answered for who they are.
 */
class KeptAnswersIT extends DeployedPlatform {

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
    void eachSignedInCallerIsGivenTheirOwnAnswerAndTheNextReadShowsAWrite() {
        long all = deliveries("cso");
        long makers = deliveries("maker");
        assertThat("a manufacturer sees its own deliveries only", makers, lessThan(all));
        assertThat("read again", deliveries("cso"), is(all));
        assertThat("read again", deliveries("maker"), is(makers));

        as("rep-lv").body("{\"source\":\"IN_KIND\",\"memberCode\":\"LV\",\"category\":\"INTERCEPTOR\","
                + "\"quantity\":3,\"shippedOn\":\"2026-03-02\",\"destination\":\"Odesa\"}").post("/deliveries")
                .then().statusCode(201);

        assertThat(deliveries("cso"), is(all + 1));
        assertThat(deliveries("maker"), is(makers));
    }

    @Test
    void aTenderReadsClosedAsSoonAsItsDeadlineHasPassed() {
        Tendering.readAcrossTheDeadline(ref -> anonymous().get("/tenders/" + ref).then().statusCode(200).extract()
                .jsonPath().getString("status"));
    }

    private static long deliveries(String user) {
        return as(user).get("/deliveries?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static BigDecimal received(long fund) {
        return anonymous().get("/funds/" + fund + "/balance").then().statusCode(200).extract().jsonPath()
                .getObject("received", BigDecimal.class);
    }
}
