package org.dronecoalition.it;

import static org.dronecoalition.it.Tendering.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Accounts in the pages: the CSO creates one, its user sets and changes a password; sessions stay out of the API. */
class AccountPagesIT extends BrowserTest {

    private static final String FIRST = "Lviv-morning-2026";
    private static final String SECOND = "Kharkiv-evening-2027";

    @Test
    void csoCreatesAnAccountWhoseUserChoosesAndChangesThePassword() {
        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/cso/accounts.xhtml");
        String name = "officer-" + unique().toLowerCase();
        browser.findElement(By.id("create:username")).sendKeys(name);
        browser.findElement(By.id("create:displayName")).sendKeys("Test officer " + name);
        Browser.choose(browser, wait, "create:role", "TEST_OFFICER");
        browser.findElement(By.id("create:submit")).click();
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link"))).getText();
        assertThat(link, startsWith(Api.BASE_URL + "/set-password.xhtml?token=dcp-set-"));
        Browser.logOut(browser, wait);

        browser.get(link);
        browser.findElement(By.id("setPassword:password")).sendKeys("short-one");
        browser.findElement(By.id("setPassword:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field-message"),
                "12 characters"));
        browser.findElement(By.id("setPassword:password")).sendKeys(FIRST);
        browser.findElement(By.id("setPassword:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("setPassword:messages"), "log in now"));

        Browser.logIn(browser, wait, name, FIRST);
        browser.findElement(By.id("nav:user")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "TEST_OFFICER"));
        browser.findElement(By.id("password:currentPassword")).sendKeys("not-my-password");
        browser.findElement(By.id("password:newPassword")).sendKeys(SECOND);
        browser.findElement(By.id("password:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#password .ui-message-error-detail"))).getText(), containsString("current password"));
        Browser.type(browser.findElement(By.id("password:currentPassword")), FIRST);
        Browser.type(browser.findElement(By.id("password:newPassword")), SECOND);
        browser.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "changed"));
        AccountApiIT.basic(name, SECOND).get("/accounts/me").then().statusCode(200);
    }

    @Test
    void disablingAnAccountEndsItsPageSessionAtOnce() {
        String name = "officer-" + unique().toLowerCase();
        AccountApiIT.setPassword(AccountApiIT.create(name, "TEST_OFFICER", null), FIRST).then().statusCode(200);
        Browser.logIn(browser, wait, name, FIRST);
        browser.get(Api.BASE_URL + "/account/me.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "TEST_OFFICER"));

        long version = Api.as("cso").get("/accounts/" + name).then().extract().jsonPath().getLong("version");
        Api.as("cso").body(AccountApiIT.change("TEST_OFFICER", null, false, version)).put("/accounts/" + name)
                .then().statusCode(200);
        browser.get(Api.BASE_URL + "/account/me.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void thePageSessionCookieIsStrictAndTheApiIgnoresIt() {
        Browser.logIn(browser, wait, "cso");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly(), is(true));
        assertThat(session.getSameSite(), is("Strict"));

        Api.anonymous().cookie("JSESSIONID", session.getValue())
                .body("{\"code\":\"MT\",\"joinedOn\":\"2025-06-01\",\"roles\":[\"MEMBER\"]}").post("/members")
                .then().statusCode(401);
        Api.anonymous().cookie("JSESSIONID", session.getValue()).get("/accounts/me").then().statusCode(401);
        Api.anonymous().baseUri(Api.BASE_URL).basePath("").cookie("JSESSIONID", session.getValue())
                .get("/account/me.xhtml").then().statusCode(200).body(containsString("Coalition Support Office"));
    }

    @Test
    void aCompanyAdministratorAddsAColleagueAndTheCsoSeesCountriesWithoutRepresentative() {
        Browser.logIn(browser, wait, "maker");
        browser.findElement(By.linkText("Company users")).click();
        String colleague = "vyriy-" + unique().toLowerCase();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("users:username"))).sendKeys(colleague);
        browser.findElement(By.id("users:displayName")).sendKeys("Oksana");
        browser.findElement(By.id("users:add")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link"))).getText(),
                containsString("token=dcp-set-"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:table"), colleague));
        Browser.logOut(browser, wait);

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/members/list.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:table")))
                .getText(), containsString("Representatives"));
    }
}
