package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The CSO drafts and publishes a tender in its page, a manufacturer asks a question on the public
 * notice, the CSO answers it for everyone, and after the deadline a member representative reads
 * the opened proposals.
 */
class TenderPagesIT extends BrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @AfterEach
    void backToRealTime() {
        Tendering.realTime();
    }

    @Test
    void aTenderGoesFromDraftToOpenedProposalsThroughItsPages() {
        String ref = "WEB-" + Tendering.unique();
        LocalDateTime kyiv = LocalDateTime.now(ZoneId.of("Europe/Kyiv"));
        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/cso/tender.xhtml");
        Browser.type(field("reference"), ref);
        Browser.type(field("title"), "Night interceptors " + ref);
        Browser.choose(browser, wait, "tender:category", "INTERCEPTOR");
        Browser.type(field("description"), "Interceptors for night operations");
        Browser.type(field("requirements"), "Thermal camera on every unit");
        Browser.type(field("quantity"), "1000");
        Browser.type(field("budgetCeiling"), "3000000.00");
        Browser.choose(browser, wait, "tender:fundId", "Joint procurement fund");
        Browser.tick(browser, wait, "tender:eligibleCountries", "UA", "LV");
        Browser.type(field("clarificationDeadline"), kyiv.plusMinutes(31).format(PICKER));
        Browser.type(field("submissionDeadline"), kyiv.plusHours(2).plusMinutes(1).format(PICKER));
        Browser.type(field("criteriaTable:0:name"), "Price");
        Browser.type(field("criteriaTable:0:weight"), "50");
        field("criteriaTable:0:price").findElement(By.xpath("..//div[contains(@class,'ui-chkbox-box')]")).click();
        field("addCriterion").click();
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tender:criteriaTable:1:name"))),
                "Interception performance");
        Browser.type(field("criteriaTable:1:weight"), "40");
        field("save").click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("tender:publish"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#tender\\:criteriaMessage .ui-message-error-detail"))).getText(),
                containsString("add up to 90"));
        Browser.type(field("criteriaTable:1:weight"), "50");
        field("save").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tender:messages"), "Saved " + ref));
        field("publish").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tender:status"), "PUBLISHED"));
        Browser.logOut(browser, wait);

        browser.get(Api.BASE_URL + "/tenders/list.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(ref))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:status"))).getText(),
                is("PUBLISHED"));
        assertThat(browser.findElement(By.id("notice:days")).getText(), containsString("0 days to the deadline"));

        Browser.logIn(browser, wait, "maker");
        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + ref);
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ask:question"))),
                "May the thermal camera be detachable?");
        browser.findElement(By.id("ask:ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask:askMessages"),
                "Your question was sent"));
        long proposal = Tendering.propose("maker", ref, "2750.00");
        Tendering.submit("maker", proposal);
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/cso/tender.xhtml?ref=" + ref);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tender:count"))).getText(),
                containsString("1 proposals submitted, sealed until the deadline"));
        Browser.type(browser.findElement(By.id("clarifications:questions:0:answer")), "No, it must be fixed.");
        browser.findElement(By.id("clarifications:questions:0:publishAnswer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clarifications:answerMessages"),
                "published to all bidders"));
        Browser.logOut(browser, wait);

        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + ref);
        String questions = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:questions")))
                .getText();
        assertThat(questions, containsString("No, it must be fixed."));
        assertThat(questions, not(containsString("Vyriy")));

        Tendering.standAt(Tendering.deadlineOf(ref).plus(Duration.ofSeconds(1)));
        Browser.logIn(browser, wait, "rep-lv");
        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + ref);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:status"))).getText(),
                is("CLOSED"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Vyriy Drone Works"))).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal:unitPrice")))
                .getAttribute("value"), is("2750.00"));
        assertThat(browser.findElement(By.id("proposal:unitPrice")).isEnabled(), is(false));
    }

    private WebElement field(String id) {
        return browser.findElement(By.id("tender:" + id));
    }
}
