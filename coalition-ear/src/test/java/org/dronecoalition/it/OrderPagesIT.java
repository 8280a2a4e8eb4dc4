package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A test officer reports on a pilot batch, and its manufacturer cannot ship more drones than remain
 * to deliver.
 */
class OrderPagesIT extends BrowserTest {

    @Test
    void aTestOfficerReportsOnAPilotBatchAndAManufacturerShipsWithinTheOrder() {
        long pilot = Awarding.pilotOrder();
        Browser.logIn(browser, wait, "tester");
        browser.get(Api.BASE_URL + "/orders/order.xhtml?id=" + pilot);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order:unitsTested")));
        Browser.type(browser.findElement(By.id("order:unitsTested")), "40");
        Browser.type(browser.findElement(By.id("order:missionSuccessRate")), "91.5");
        Browser.choose(browser, wait, "order:ewResistance", "HIGH");
        Browser.post(browser, wait, By.id("order:report"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#order .ui-message-error-detail"))).getText(), containsString("Verdict"));
        Browser.type(browser.findElement(By.id("order:unitsTested")), "40");
        Browser.type(browser.findElement(By.id("order:missionSuccessRate")), "91.5");
        Browser.choose(browser, wait, "order:ewResistance", "HIGH");
        Browser.choose(browser, wait, "order:verdict", "PASSED");
        Browser.post(browser, wait, By.id("order:report"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Test report recorded"));
        assertThat(browser.findElement(By.id("reports")).getText(), containsString("91.5"));
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "maker");
        browser.get(Api.BASE_URL + "/orders/order.xhtml?id=" + pilot);
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shipment:quantity"))), "41");
        Browser.type(browser.findElement(By.id("shipment:shippedOn")), "2025-02-01");
        Browser.type(browser.findElement(By.id("shipment:destination")), "Logistics hub");
        Browser.post(browser, wait, By.id("shipment:ship"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#shipment\\:quantityMessage .ui-message-error-detail"))).getText(),
                containsString("room for 40"));
    }
}
