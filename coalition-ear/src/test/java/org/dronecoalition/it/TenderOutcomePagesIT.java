package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public notice of a decided tender says how it ended: who won what at what price and the vote, or why not. */
class TenderOutcomePagesIT extends BrowserTest {

    private static final String AWARDED = "DC-2024-FPV-01";
    private static final String UNSUCCESSFUL = "DC-2025-ISR-01";

    @Test
    void anAwardedTendersNoticeShowsTheWinnersAndTheCountOfTheVote() {
        var award = anonymous().get("/tenders/" + AWARDED + "/award").then().statusCode(200)
                .body("lines[0].manufacturer", is("Vyriy Drone Works")).body("lines[0].quantity", is(10000))
                .body("votes", is(nullValue())).extract().jsonPath();
        assertThat(award.getInt("tally.approvals"), is(greaterThan(0)));

        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + AWARDED);
        String winners = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:winners")))
                .getText();
        assertThat(winners, containsString("Vyriy Drone Works"));
        assertThat(winners, containsString("10,000"));
        assertThat(winners, containsString("290.00"));
        assertThat(browser.findElement(By.id("notice:voteCount")).getText(),
                containsString(award.getInt("tally.approvals") + " approved"));
    }

    @Test
    void anUnsuccessfulTendersNoticeSaysWhy() {
        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + UNSUCCESSFUL);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:status"))).getText(),
                is("UNSUCCESSFUL"));
        assertThat(browser.findElement(By.id("notice:statusReason")).getText(),
                containsString("No proposal was submitted"));
    }
}
