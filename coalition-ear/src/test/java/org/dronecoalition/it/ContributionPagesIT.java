package org.dronecoalition.it;

import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A pledge's own page: its country changes it, the CSO corrects a receipt; refusals show at the field. */
class ContributionPagesIT extends BrowserTest {

    @Test
    void aRepresentativeChangesTheirCountrysPledgeNeverBelowWhatArrived() throws Exception {
        long pledge = pledge("NZ", "1000.00", "600.00");

        Browser.logIn(browser, wait, "rep-lv");
        browser.get(Api.BASE_URL + "/funds/contribution.xhtml?id=" + pledge);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pledged")));
        assertThat("another country's pledge is not Latvia's to change", browser.findElements(By.id("change")),
                is(empty()));
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "rep-nz");
        browser.get(Api.BASE_URL + "/funds/contribution.xhtml?id=" + pledge);
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("change:pledged"))), "500");
        browser.findElement(By.id("change:save")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#change\\:pledgedMessage .ui-message-error-detail"))).getText(),
                containsString("EUR 600.00 already received"));
        Browser.type(browser.findElement(By.id("change:pledged")), "1500");
        Browser.post(browser, wait, By.id("change:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "The pledge is now EUR 1,500.00"));
        assertThat(browser.findElement(By.id("pledged")).getText(), is("1,500.00"));
        assertThat(browser.findElement(By.id("outstanding")).getText(), is("900.00"));
        Api.anonymous().get("/contributions/" + pledge).then().body("pledged", is(Api.euros("1500.00")));
    }

    @Test
    void theCsoCorrectsAReceiptByANegativeEntryThatNamesIt() throws Exception {
        long pledge = pledge("NZ", "2000.00", "600.00");
        long receipt = Api.anonymous().get("/contributions/" + pledge + "/receipts").then().statusCode(200)
                .body("total", is(1)).extract().jsonPath().getLong("items[0].id");

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/funds/contribution.xhtml?id=" + pledge);
        Browser.choose(browser, wait, "correction:receipt", "no. " + receipt);
        Browser.type(browser.findElement(By.id("correction:amount")), "700");
        browser.findElement(By.id("correction:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#correction\\:amountMessage .ui-message-error-detail"))).getText(),
                containsString("Only EUR 600.00"));
        Browser.type(browser.findElement(By.id("correction:amount")), "100");
        Browser.post(browser, wait, By.id("correction:submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "has now received EUR 500.00"));
        assertThat(browser.findElement(By.id("received")).getText(), is("500.00"));
        String receipts = browser.findElement(By.id("receipts")).getText();
        assertThat(receipts, containsString("-100.00"));
        assertThat(receipts, containsString(String.valueOf(receipt)));
        Browser.screenshot(browser, "pledge-corrected");
        Api.anonymous().get("/contributions/" + pledge + "/receipts").then().body("total", is(2))
                .body("items[1].correctsId", is((int) receipt));
    }

    /** A pledge of New Zealand to the MoU fund with part of it received; returns its id. */
    private static long pledge(String country, String amount, String received) {
        long fund = Api.anonymous().queryParam("size", 100).get("/funds").then().extract().jsonPath()
                .getLong("items.find { it.name == 'MoU special fund' }.id");
        long id = as("rep-" + country.toLowerCase()).body("{\"fundId\":" + fund + ",\"memberCode\":\"" + country
                + "\",\"amount\":" + amount + "}").post("/contributions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("cso").body("{\"amount\":" + received + "}").post("/contributions/" + id + "/receipts").then()
                .statusCode(201);
        return id;
    }
}
