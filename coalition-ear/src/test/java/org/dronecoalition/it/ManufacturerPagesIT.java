package org.dronecoalition.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manufacturer registers through the public form, the CSO verifies it in the queue, and its user
 * prepares a proposal with a document, submits it and keeps the receipt.
 */
class ManufacturerPagesIT extends BrowserTest {

    @Test
    void aManufacturerRegistersIsVerifiedAndSubmitsAProposalWithADocument() throws Exception {
        String tender = Tendering.publishTender(Duration.ofHours(2));
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
        // A value longer than the field allows, as a script or an old browser would send it.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = 'O'.repeat(5000)",
                browser.findElement(By.id("registration:contactName")));
        browser.findElement(By.id("registration:submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#registration\\:countryMessage .ui-message-error-detail"))).getText(),
                containsString("ISO 3166-1"));
        assertThat("cut to the field's length on the server", browser.findElement(By.id("registration:contactName"))
                .getAttribute("value"), is("O".repeat(120)));

        Browser.type(browser.findElement(By.id("registration:contactName")), "Oksana Hnatiuk");
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

        browser.get(Api.BASE_URL + "/tenders/tender.xhtml?ref=" + tender);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("notice:prepare")));
        Browser.post(browser, wait, By.id("notice:prepare"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal:heading")));
        Browser.post(browser, wait, By.id("proposal:submit"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#proposal\\:unitPriceMessage .ui-message-error-detail"))).getText(),
                containsString("unitPrice is required to submit"));

        Browser.type(browser.findElement(By.id("proposal:unitPrice")), "2450.00");
        Browser.type(browser.findElement(By.id("proposal:quantity")), "400");
        Browser.type(browser.findElement(By.id("proposal:monthlyCapacity")), "120");
        Browser.type(browser.findElement(By.id("proposal:leadTimeDays")), "30");
        Browser.type(browser.findElement(By.id("proposal:technicalData")), "Thermal camera, 280 km/h");
        Path datasheet = Files.createTempFile("datasheet", ".pdf");
        Files.write(datasheet, ProposalApiIT.PDF);
        browser.findElement(By.id("proposal:file")).sendKeys(datasheet.toString());
        Browser.post(browser, wait, By.id("proposal:upload"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal:documents"),
                datasheet.getFileName().toString()));

        Browser.post(browser, wait, By.id("proposal:submit"));
        String hash = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal:receipts:0:hash")))
                .getText();
        assertThat(browser.findElement(By.id("proposal:messages")).getText(), containsString(hash));
        assertThat(browser.findElement(By.id("proposal:status")).getText(), is("SUBMITTED"));
        assertThat(browser.findElement(By.id("proposal:unitPrice")).getAttribute("value"), is("2450.00"));

        browser.get(Api.BASE_URL + "/proposals/mine.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine:table"))).getText(),
                containsString(hash));
        Tendering.standAt(Tendering.deadlineOf(tender).plus(Duration.ofSeconds(1)));
        try {
            assertThat(Api.anonymous().get("/tenders/" + tender).then().extract().jsonPath()
                    .getList("openingReceipts"), contains(hash));
        } finally {
            Tendering.realTime();
        }
    }

    @Test
    void aCompanyKeepsItsProfileAndANewLegalNameGoesBackToTheCso() throws Exception {
        String user = Tendering.verifiedManufacturer("LV");
        String renamed = "Renamed " + user;
        Browser.logIn(browser, wait, user, Tendering.MAKER_PASSWORD);
        browser.get(Api.BASE_URL + "/company.xhtml");
        Browser.type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:monthlyCapacity"))),
                "0");
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#profile\\:monthlyCapacityMessage .ui-message-error-detail")));
        Browser.type(browser.findElement(By.id("profile:monthlyCapacity")), "750");
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:messages"), "is VERIFIED"));

        Browser.type(browser.findElement(By.id("profile:legalName")), renamed);
        browser.findElement(By.id("profile:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile:messages"),
                "is PENDING_VERIFICATION"));
        assertThat(browser.findElement(By.id("status")).getText(), is("PENDING_VERIFICATION"));
        assertThat(browser.findElement(By.id("legalName")).getText(), is(renamed));
        Browser.screenshot(browser, "company-profile");
        Api.as("cso").queryParam("status", "PENDING_VERIFICATION").queryParam("size", 100).get("/manufacturers")
                .then().statusCode(200).body("items.legalName", hasItem(renamed))
                .body("items.find { it.legalName == '" + renamed + "' }.monthlyCapacity", is(750));
    }
}
