package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A manufacturer registers through the public form; the CSO verifies it in the queue. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManufacturerPagesIT extends BrowserTest {

    @Test
    void aManufacturerRegistersAndIsVerified() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String company = "Dnipro Rotor " + suffix;
        browser.get(Api.BASE_URL + "/register.xhtml");
        Browser.type(browser.findElement(By.id("registration:legalName")), company);
        Browser.type(browser.findElement(By.id("registration:country")), "ZZ");
        Browser.type(browser.findElement(By.id("registration:registrationNumber")), "UA-" + suffix);
        Browser.type(browser.findElement(By.id("registration:contactName")), "Oksana Hnatiuk");
        Browser.type(browser.findElement(By.id("registration:contactEmail")), "oksana@dnipro-rotor.example");
        browser.findElement(By.xpath("//label[text()='INTERCEPTOR']")).click();
        Browser.type(browser.findElement(By.id("registration:monthlyCapacity")), "1200");
        Browser.type(browser.findElement(By.id("registration:username")), "dnipro-" + suffix);
        Browser.type(browser.findElement(By.id("registration:password")), "rotor-blades-2024!");
        browser.findElement(By.id("registration:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#registration\\:countryMessage .ui-message-error-detail"))).getText(),
                containsString("ISO 3166-1"));

        Browser.type(browser.findElement(By.id("registration:country")), "UA");
        Browser.type(browser.findElement(By.id("registration:password")), "rotor-blades-2024!");
        browser.findElement(By.id("registration:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registered")));

        Browser.logIn(browser, wait, "cso");
        browser.get(Api.BASE_URL + "/cso/manufacturers.xhtml");
        String row = "//tr[td[contains(., '" + company + "')]]";
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(row + "//button[contains(., 'Verify')]")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manufacturers:messages"),
                company + " is now VERIFIED"));
        Browser.logOut(browser, wait);

        browser.get(Api.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("dnipro-" + suffix);
        browser.findElement(By.id("login:password")).sendKeys("rotor-blades-2024!");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:user")));
        browser.get(Api.BASE_URL + "/company.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText(),
                is("VERIFIED"));
        assertThat(browser.findElement(By.id("legalName")).getText(), is(company));
    }
}
