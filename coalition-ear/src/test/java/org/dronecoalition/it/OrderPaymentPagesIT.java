package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The CSO pays a manufacturer on the order page and closes the order; refusals show at the field. */
class OrderPaymentPagesIT extends BrowserTest {

    @Test
    void theCsoPaysAgainstAnOrderAndSeesWhatIsStillOutstanding() throws Exception {
        long order = Awarding.pilotOrder();
        Tendering.realTime();
        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/orders/order.xhtml?id=" + order);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outstanding"))).getText(),
                is("100,000.00"));

        pay("120000.00", "VYR-2026-0001");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#payment .ui-message-error-detail"))).getText(), containsString("EUR 100,000.00"));

        pay("40000.00", "VYR-2026-0001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "VYR-2026-0001"));
        assertThat(browser.findElement(By.id("payments")).getText(), containsString("VYR-2026-0001"));
        assertThat(browser.findElement(By.id("paid")).getText(), is("40,000.00"));
        assertThat(browser.findElement(By.id("outstanding")).getText(), is("60,000.00"));

        Browser.post(browser, wait, By.id("ending:cancelOrder"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#ending\\:reasonMessage .ui-message-error-detail"))).getText(),
                containsString("reason"));
        Browser.type(browser.findElement(By.id("ending:reason")), "The coalition stops this pilot");
        Browser.post(browser, wait, By.id("ending:cancelOrder"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "CANCELLED"));
        assertThat(browser.findElement(By.id("released")).getText(), is("60,000.00"));
        assertThat("shares as a table with country names", browser.findElement(By.id("shares")).getText(),
                containsString("Latvia (LV)"));
        assertThat(browser.findElement(By.id("outstanding")).getText(), is("0.00"));
    }

    private void pay(String amount, String invoice) {
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payment:amount"))), amount);
        Browser.type(browser.findElement(By.id("payment:paidOn")), LocalDate.now(ZoneOffset.UTC).toString());
        Browser.type(browser.findElement(By.id("payment:invoiceReference")), invoice);
        Browser.post(browser, wait, By.id("payment:pay"));
    }
}
