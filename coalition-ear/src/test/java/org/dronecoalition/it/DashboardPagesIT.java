package org.dronecoalition.it;

import static org.dronecoalition.it.Api.anonymous;
import static org.dronecoalition.it.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page and /api/dashboard show the demo coalition's drones, tenders and country shares. */
class DashboardPagesIT extends BrowserTest {

    @Test
    void theDashboardChartsDronesWithData() {
        browser.get(Api.BASE_URL + "/");
        long accepted = Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("dronesAccepted"))).getText().replaceAll("[^0-9]", ""));
        assertThat(accepted, greaterThan(0L));
        for (String chart : List.of("monthChart", "categoryChart", "manufacturerChart", "shareChart")) {
            WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(chart + "_canvas")));
            Number total = (Number) ((JavascriptExecutor) browser).executeScript("return Chart.getChart(arguments[0])"
                    + ".data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0)", canvas);
            assertThat(chart + " has data", total.doubleValue(), greaterThan(0.0));
        }
        assertThat(browser.findElement(By.id("openTenders")).getText(), containsString("INT-02"));
    }

    @Test
    void theDashboardApiGivesTheFiguresAndEachTableAsCsv() {
        var figures = anonymous().get("/dashboard").then().statusCode(200).body("plannedMembers", is(20))
                .body("targetLow", is(20000)).extract().jsonPath();
        assertThat(figures.getLong("dronesAccepted"), greaterThan(0L));
        assertThat("the demo's first FPV competition ordered 10,000", figures.getLong("dronesOrdered"),
                greaterThanOrEqualTo(10_000L));
        as("cso").body(Tendering.draft("DR-" + Tendering.unique(), 40, 60, Duration.ofDays(3)))
                .post("/tenders").then().statusCode(201);
        assertThat("drafts are the CSO's alone", anonymous().get("/dashboard").then().extract().jsonPath()
                .getMap("tendersByStatus").containsKey("DRAFT"), is(false));
        List<String> shareCountries = figures.getList("countryShares.country");
        assertThat(shareCountries.contains("LV"), is(true));
        String csv = anonymous().accept("text/csv").get("/dashboard/country-shares.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv, startsWith("country,creditedOrdered,creditedAccepted,donatedAccepted\r\n"));
        anonymous().accept("text/csv").get("/dashboard/nothing.csv").then().statusCode(404);
    }
}
