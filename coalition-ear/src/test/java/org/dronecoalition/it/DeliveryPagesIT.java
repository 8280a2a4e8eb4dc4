package org.dronecoalition.it;

import static org.dronecoalition.it.Api.PROBLEM;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A representative records a donation in kind; the CSO finds it by its filters and records what arrived. */
class DeliveryPagesIT extends BrowserTest {

    @Test
    void aDonationInKindIsRecordedFoundAndReceived() throws Exception {
        Browser.logIn(browser, wait, "rep-nz");
        browser.get(Api.BASE_URL + "/deliveries/donation.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("donation:memberCode_label")))
                .getText(), containsString("NZ"));
        Browser.choose(browser, wait, "donation:category", "RECONNAISSANCE");
        Browser.type(browser.findElement(By.id("donation:quantity")), "0");
        Browser.type(browser.findElement(By.id("donation:shippedOn")), "2025-05-02");
        Browser.type(browser.findElement(By.id("donation:destination")), "Odesa");
        browser.findElement(By.id("donation:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#donation\\:quantityMessage .ui-message-error-detail"))).getText(),
                containsString("Between 1 and 10,000,000"));
        Browser.type(browser.findElement(By.id("donation:quantity")), "120");
        browser.findElement(By.id("donation:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("donation:messages"),
                "120 RECONNAISSANCE donated by NZ"));
        Browser.logOut(browser, wait);

        var found = as("cso").queryParam("source", "IN_KIND").queryParam("member", "NZ").queryParam("month", "2025-05")
                .get("/deliveries").then().statusCode(200).body("items.memberCode", everyItem(is("NZ")))
                .body("items.destination", hasItem("Odesa")).extract().jsonPath();
        long id = found.getLong("items.find { it.destination == 'Odesa' }.id");

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/deliveries/list.xhtml");
        Browser.choose(browser, wait, "deliveries:source", "IN_KIND");
        Browser.choose(browser, wait, "deliveries:member", "(NZ)");
        Browser.type(browser.findElement(By.id("deliveries:month")), "2025-13");
        browser.findElement(By.id("deliveries:filter")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#deliveries\\:monthMessage .ui-message-error-detail"))).getText(),
                containsString("like 2025-03"));
        Browser.type(browser.findElement(By.id("deliveries:month")), "2025-05");
        // The unfiltered table may show the new donation already: wait for the filtered one to replace it.
        String unfiltered = browser.findElement(By.id("deliveries:table")).getText();
        browser.findElement(By.id("deliveries:filter")).click();
        wait.until(driver -> {
            try {
                String shown = driver.findElement(By.id("deliveries:table")).getText();
                return !shown.equals(unfiltered) && shown.contains("Odesa");
            } catch (StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
        String table = browser.findElement(By.id("deliveries:table")).getText();
        assertThat(table, not(containsString("ORDER")));
        Browser.screenshot(browser, "deliveries-filtered");
        Browser.post(browser, wait, By.xpath("//tr[td[contains(., 'Odesa')]]//a[contains(@id, 'receive')]"));

        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt:accepted"))), "100");
        Browser.type(browser.findElement(By.id("receipt:rejected")), "10");
        browser.findElement(By.id("receipt:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#receipt\\:acceptedMessage .ui-message-error-detail"))).getText(),
                containsString("add up to the 120"));
        Browser.type(browser.findElement(By.id("receipt:accepted")), "110");
        browser.findElement(By.id("receipt:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipt:messages"),
                "110 accepted, 10 rejected"));
        as("cso").get("/deliveries/" + id).then().statusCode(200).body("status", is("RECEIVED"))
                .body("accepted", is(110)).body("rejected", is(10));
    }

    @Test
    void theListIsFilteredInTheDatabaseAndBadFiltersAreRefused() {
        as("rep-lv").queryParam("source", "ORDER").queryParam("size", 100).get("/deliveries").then().statusCode(200)
                .body("items.source", everyItem(is("ORDER")));
        as("rep-lv").queryParam("month", "2024-11").queryParam("size", 100).get("/deliveries").then()
                .statusCode(200).body("items.shippedOn", everyItem(containsString("2024-11-")));
        as("rep-lv").queryParam("month", "November").get("/deliveries").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("month"));
        as("rep-lv").queryParam("source", "GIFT").get("/deliveries").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("source"));
        as("tester").body("{\"version\":0,\"accepted\":1,\"rejected\":0}").post("/deliveries/1/receipt").then()
                .statusCode(403);
    }
}
