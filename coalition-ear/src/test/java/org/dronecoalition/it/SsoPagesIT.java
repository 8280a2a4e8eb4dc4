package org.dronecoalition.it;

import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff sign in to the pages through a real OpenID Connect provider (Keycloak with the test
 * realm): a first sign-in provisions a disabled account, the CSO enables it, the next sign-in
 * works with the account's role; a user without a staff role is refused with a clear page.
 */
class SsoPagesIT extends BrowserTest {

    private static final String PASSWORD = "Riga-airfield-2026";
    private static Keycloak keycloak;

    @BeforeAll
    static void startProvider() throws Exception {
        keycloak = Keycloak.start();
    }

    @AfterAll
    static void stopProvider() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void aFirstSignInWaitsForTheCsoAndTheNextOneWorksWithTheAccountsRole() {
        signInAtProvider("sso-officer");
        wait.until(ExpectedConditions.urlContains("/sso-refused.xhtml"));
        assertThat(browser.findElement(By.id("refusal")).getText(), containsString("not enabled yet"));

        long version = as("cso").get("/accounts/sso-officer").then().statusCode(200)
                .body("role", is("TEST_OFFICER")).body("enabled", is(false)).extract().jsonPath().getLong("version");
        as("cso").get("/audit-events?aggregateType=Account&aggregateId=sso-officer").then()
                .body("items.action", hasItem("PROVISIONED"));
        as("cso").body("{\"displayName\":\"Ieva Berzina\",\"role\":\"TEST_OFFICER\",\"enabled\":true,\"version\":"
                + version + "}").put("/accounts/sso-officer").then().statusCode(200);

        browser.get(Api.BASE_URL + "/sso/start.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:user"), "sso-officer"));
        browser.get(Api.BASE_URL + "/account/me.xhtml");
        assertThat(browser.findElement(By.id("who")).getText(), containsString("TEST_OFFICER"));
    }

    @Test
    void aUserWithoutAStaffRoleIsRefusedWithAClearPage() {
        signInAtProvider("sso-outsider");
        wait.until(ExpectedConditions.urlContains("/sso-refused.xhtml"));
        assertThat(browser.findElement(By.id("refusal-staff")).getText(), containsString("did not name a staff role"));
        as("cso").get("/accounts/sso-outsider").then().statusCode(404);
    }

    /** From the login page to the provider's form and back. */
    private void signInAtProvider(String username) {
        browser.get(Api.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("sso")).click();
        wait.until(ExpectedConditions.urlContains(Keycloak.ISSUER));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
    }
}
