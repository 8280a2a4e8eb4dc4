package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A CSO officer at work in the Faces pages, in a real (headless) browser. */
class MemberPagesIT extends BrowserTest {

    @Test
    void dashboardShowsMembersAgainstThePlanAndDrawsTheChart() {
        browser.get(Api.BASE_URL + "/");
        int members = Integer.parseInt(browser.findElement(By.id("memberCount")).getText());
        assertThat(members, greaterThanOrEqualTo(17));
        assertThat(browser.findElement(By.id("plannedCount")).getText(), is("20"));
        WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("joinsChart_canvas")));
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(arguments[0]).data.datasets[0].data.length", canvas);
        assertThat(((Number) drawn).intValue(), greaterThanOrEqualTo(5));
    }

    @Test
    void aRepresentativeReadsTheManufacturersButCannotDecideOnThem() {
        Browser.logIn(browser, wait, "rep-lv");
        browser.findElement(By.linkText("Manufacturers")).click();
        String directory = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manufacturers:table")))
                .getText();
        assertThat(directory, containsString("Vyriy Drone Works"));
        assertThat(browser.findElements(By.id("manufacturers:table:0:verify")).isEmpty(), is(true));
        browser.get(Api.BASE_URL + "/cso/manufacturers.xhtml");
        assertThat(browser.findElements(By.id("manufacturers:table")).isEmpty(), is(true));
    }

    @Test
    void csoAdmitsAMemberCountryOnItsPage() {
        logInAsCso();
        browser.get(Api.BASE_URL + "/members/list.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("admitButton"))).click();
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admission:code"))), "GR");
        Browser.type(browser.findElement(By.id("admission:name")), "Hellenic Republic");
        Browser.type(browser.findElement(By.id("admission:joinedOn")), "2099-05-01");
        browser.findElement(By.id("admission:admit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#admission\\:joinedOnMessage .ui-message-error-detail"))).getText(),
                containsString("future"));
        Browser.type(browser.findElement(By.id("admission:joinedOn")), "2025-05-01");
        browser.findElement(By.id("admission:admit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member:messages"),
                "Hellenic Republic is now a member country"));
        Api.anonymous().get("/members/GR").then().statusCode(200).body("joinedOn", is("2025-05-01"));
    }

    @Test
    void csoCorrectsAJoinDateAfterBeingToldItLiesInTheFuture() {
        logInAsCso();
        browser.findElement(By.linkText("Members")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("DK"))).click();

        WebElement joinedOn = wait.until(ExpectedConditions.elementToBeClickable(By.id("member:joinedOn")));
        Browser.type(joinedOn, "2099-02-17");
        browser.findElement(By.id("member:save")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#member\\:joinedOnMessage .ui-message-error-detail")));
        assertThat(message.getText(), containsString("future"));

        Browser.type(browser.findElement(By.id("member:joinedOn")), "2024-02-18");
        browser.findElement(By.id("member:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member:messages"), "Saved"));

        browser.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.elementToBeClickable(By.id("member:joinedOn")))
                .getAttribute("value"), is("2024-02-18"));
        Api.anonymous().get("/members/DK").then().statusCode(200)
                .body("joinedOn", is("2024-02-18"));
    }

    @Test
    void auditPagesSendStrangersToTheLoginForm() {
        browser.get(Api.BASE_URL + "/audit.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys("cso");
        browser.findElement(By.id("login:password")).sendKeys(Api.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/audit.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText(), is("Audit trail"));
    }

    @Test
    void aRepresentativeReadsTheAuditTrailButNotWhoMaySignIn() {
        Browser.logIn(browser, wait, "rep-lv");
        browser.findElement(By.linkText("Audit trail")).click();
        String trail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:table"))).getText();
        assertThat(trail, not(containsString("No events")));
        Api.as("rep-lv").queryParam("aggregateType", "Account").get("/audit-events").then().statusCode(200)
                .body("total", is(0));
        Api.as("cso").queryParam("aggregateType", "Account").get("/audit-events").then().statusCode(200)
                .body("total", greaterThan(0));
    }

    @Test
    void latviaInitiatedTheCoalitionAndCoLeadsIt() {
        browser.get(Api.BASE_URL + "/members/list.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[contains(., 'Latvia')]]"))).getText(), containsString("initiator, co-lead"));
        Api.anonymous().get("/members/LV").then().body("roles", containsInAnyOrder("INITIATOR", "CO_LEAD"));
        Api.as("cso").body("{\"code\":\"HR\",\"joinedOn\":\"2025-01-10\",\"roles\":[\"MEMBER\",\"CO_LEAD\"]}")
                .post("/members").then().statusCode(400).body("errors[0].field", is("roles"));
    }

    private void logInAsCso() {
        browser.get(Api.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("cso");
        browser.findElement(By.id("login:password")).sendKeys("wrong");
        browser.findElement(By.id("login:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")))
                .getText(), containsString("wrong password"));
        Browser.logIn(browser, wait, "cso");
    }
}
