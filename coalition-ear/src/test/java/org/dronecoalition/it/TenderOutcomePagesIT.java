package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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
                .body("lines.manufacturer", hasItems("Baltic Aerial Systems", "Hanse Flugsysteme GmbH"))
                .body("lines.quantity", everyItem(is(6000))).body("lines", hasSize(5))
                .body("votes", is(nullValue())).extract().jsonPath();
        assertThat(award.getInt("tally.approvals"), is(greaterThan(0)));

        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + AWARDED);
        String winners = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:winners")))
                .getText();
        assertThat(winners, containsString("Baltic Aerial Systems"));
        assertThat(winners, containsString("6,000"));
        assertThat(winners, containsString("279.00"));
        assertThat(browser.findElement(By.id("notice:voteCount")).getText(),
                containsString(award.getInt("tally.approvals") + " approved"));
    }

    @Test
    void aNoticeShowsMoneyAndQuantitiesAsEveryPageDoesAndWhoMayBid() {
        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + AWARDED);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:budget"))).getText(),
                is("EUR 9,000,000.00"));
        assertThat(browser.findElement(By.id("notice:quantity")).getText(), is("30,000"));
        String eligible = browser.findElement(By.id("notice:eligible")).getText();
        assertThat(eligible, containsString("Latvia, Lithuania, Luxembourg"));
        assertThat("Ukrainian makers joined the international tenders in September 2024", eligible,
                not(containsString("Ukraine")));
        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=DC-2024-FPV-02");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:eligible"))).getText(),
                containsString("Ukraine"));
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
