package org.dronecoalition.it;

import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member representative scores the proposals of an opened tender (recused from one), the CSO
 * puts an award to the vote, and the representative votes.
 */
class EvaluationPagesIT extends BrowserTest {

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void aRepresentativeScoresAndVotes() throws Exception {
        String ref = Tendering.publishTender(Duration.ofHours(2));
        long ukrainian = Tendering.propose("maker", ref, "2500.00");
        Tendering.submit("maker", ukrainian);
        String latvianMaker = Tendering.verifiedManufacturer("LV");
        long latvian = Tendering.propose(latvianMaker, ref, "2000.00");
        Tendering.submit(latvianMaker, latvian);
        Tendering.open(ref);
        Tendering.judge(ref, ukrainian, true, null);

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/evaluation/tender.xhtml?ref=" + ref);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//tr[td[contains(., 'Company " + latvianMaker + "')]]//button[contains(@id, ':compliant')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation:messages"),
                "Recorded the finding on proposal " + latvian));
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "rep-lv");
        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + ref);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("notice:evaluate"))).click();
        String ranking = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluation:ranking")))
                .getText();
        assertThat(ranking, containsString("Recused: a manufacturer of your own country"));
        String row = "//tr[td[contains(., 'Vyriy Drone Works')]]";
        Browser.type(browser.findElement(By.xpath(row + "//input[contains(@id, 'points')]")), "11");
        browser.findElement(By.xpath(row + "//button[contains(@id, 'saveScores')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-message.ui-message-error")));
        Browser.type(browser.findElement(By.xpath(row + "//input[contains(@id, 'points')]")), "8");
        browser.findElement(By.xpath(row + "//button[contains(@id, 'saveScores')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation:messages"),
                "Saved your country's scores"));
        // price 10 * 2000 / 2500 = 8, performance 8: 0.4 * 8 + 0.6 * 8 = 8.00
        assertThat(browser.findElement(By.xpath(row + "//span[contains(@id, 'score')]")).getText(), is("8.00"));

        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/evaluation/tender.xhtml?ref=" + ref);
        String line = "//tr[td[contains(., 'Vyriy Drone Works')] and .//input[contains(@id, 'pilot')]]";
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath(line + "//input[contains(@id, 'quantity')]"))), "200");
        Browser.type(browser.findElement(By.xpath(line + "//input[contains(@id, 'pilot')]")), "20");
        browser.findElement(By.id("evaluation:propose")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation:messages"),
                "put to the member countries' vote"));
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "rep-lv");
        browser.get(Api.BASE_URL + "/evaluation/tender.xhtml?ref=" + ref);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("evaluation:approve"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation:messages"),
                "Your country's vote: APPROVE"));
        assertThat(browser.findElement(By.id("evaluation:tallyText")).getText(), containsString("1 approve"));
        browser.findElement(By.id("evaluation:abstain")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evaluation:tallyText"), "1 abstain"));
        as("rep-lv").get("/tenders/" + ref + "/award").then().statusCode(200).body("votes[0].country", is("LV"))
                .body("votes[0].vote", is("ABSTAIN"));
    }
}
