package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Latvia's representative pledges, the CSO records the money, and the dashboard shows it. */
class FundPagesIT extends BrowserTest {

    @Test
    void aPledgeAndItsReceiptReachTheDashboard() {
        BigDecimal pledgedBefore = figure("pledged");
        BigDecimal receivedBefore = figure("received");

        Browser.logIn(browser, wait, "rep-lv");
        browser.get(Api.BASE_URL + "/funds/pledge.xhtml");
        assertThat(browser.findElement(By.id("pledge:memberCode")).getAttribute("value"), equalTo("LV"));
        Browser.choose(browser, wait, "pledge:fundId", "MoU special fund");
        Browser.type(browser.findElement(By.id("pledge:amount")), "0");
        browser.findElement(By.id("pledge:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#pledge\\:amountMessage .ui-message-error-detail"))).getText(),
                containsString("more than zero"));
        Browser.type(browser.findElement(By.id("pledge:amount")), "1234.56");
        browser.findElement(By.id("pledge:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pledge:messages"), "Pledged EUR 1,234.56"));
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/funds/receipt.xhtml");
        Browser.choose(browser, wait, "receipt:contribution",
                "LV · fund " + mouFund() + " · outstanding EUR 1,234.56");
        Browser.type(browser.findElement(By.id("receipt:amount")), "1234.56");
        browser.findElement(By.id("receipt:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipt:messages"), "Recorded"));

        assertThat(figure("pledged"), equalTo(pledgedBefore.add(new BigDecimal("1234.56"))));
        assertThat(figure("received"), equalTo(receivedBefore.add(new BigDecimal("1234.56"))));
        browser.get(Api.BASE_URL + "/funds/overview.xhtml");
        assertThat("the joint fund's target", wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[contains(., 'Joint procurement fund')]]"))).getText(), containsString("50,000,000.00"));
    }

    @Test
    void theCsoCreatesAFundWithItsTargetAndRefusalsShowAtTheField() {
        String name = "Interceptor fund " + Tendering.unique();
        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/cso/fund.xhtml");
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fund:name"))), name);
        Browser.type(browser.findElement(By.id("fund:target")), "0");
        browser.findElement(By.id("fund:save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#fund\\:targetMessage .ui-message-error-detail"))).getText(),
                containsString("more than zero"));
        Browser.type(browser.findElement(By.id("fund:target")), "12345678.00");
        browser.findElement(By.id("fund:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fund:messages"), "Saved " + name));

        browser.get(Api.BASE_URL + "/funds/overview.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[contains(., '" + name + "')]]"))).getText(), containsString("12,345,678.00"));
    }

    @Test
    void aFundsLedgerPageShowsEachMemberCountrysPart() {
        browser.get(Api.BASE_URL + "/funds/ledger.xhtml?fund=" + mouFund());
        String members = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members"))).getText();
        assertThat(members, containsString("NL"));
        assertThat(members, containsString("15,000,000.00"));
    }

    @Test
    void theCsoRecordsACommitmentAndItsReleaseOnTheLedgerPage() throws Exception {
        long fund = Awarding.newFund();
        String reference = "Framework contract " + Tendering.unique();
        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/funds/ledger.xhtml?fund=" + fund);
        Browser.choose(browser, wait, "entry:type", "COMMITMENT");
        Browser.type(browser.findElement(By.id("entry:amount")), "60000");
        Browser.type(browser.findElement(By.id("entry:reference")), reference);
        browser.findElement(By.id("entry:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#entry\\:amountMessage .ui-message-error-detail"))).getText(),
                containsString("EUR 50,000.00 available"));
        Browser.type(browser.findElement(By.id("entry:amount")), "12000.50");
        Browser.post(browser, wait, By.id("entry:submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Recorded COMMITMENT of EUR 12,000.50 for " + reference));
        Browser.choose(browser, wait, "entry:type", "RELEASE");
        Browser.type(browser.findElement(By.id("entry:amount")), "2000.50");
        Browser.type(browser.findElement(By.id("entry:reference")), reference);
        Browser.post(browser, wait, By.id("entry:submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Recorded RELEASE"));
        Api.anonymous().get("/funds/" + fund + "/balance").then().body("committed", is(Api.euros("12000.50")))
                .body("released", is(Api.euros("2000.50"))).body("available", is(Api.euros("40000.00")));

        Browser.logOut(browser, wait);
        Browser.logIn(browser, wait, "rep-lv");
        browser.get(Api.BASE_URL + "/funds/ledger.xhtml?fund=" + fund);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));
        assertThat("the form is the CSO's", browser.findElements(By.id("entry")).isEmpty(), is(true));
    }

    private static long mouFund() {
        // The funds are listed by name, and the other tests' funds come before it on the first page.
        return Api.anonymous().queryParam("size", 100).get("/funds").then().extract().jsonPath()
                .getLong("items.find { it.name == 'MoU special fund' }.id");
    }

    /** A money figure of the home page, e.g. "35,001,234.56" read as 35001234.56. */
    private BigDecimal figure(String id) {
        browser.get(Api.BASE_URL + "/");
        String text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
        return new BigDecimal(text.replace(",", "")).setScale(2);
    }
}
