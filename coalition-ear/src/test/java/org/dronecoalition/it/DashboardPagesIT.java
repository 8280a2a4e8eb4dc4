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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page and /api/dashboard show the demo coalition's drones, tenders and country shares. */
class DashboardPagesIT extends BrowserTest {

    @Test
    void theDashboardChartsAreDrawnLargeEnoughToReadWithVisibleBars() throws Exception {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.get(Api.BASE_URL + "/");
        long accepted = Long.parseLong(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("dronesAccepted"))).getText().replaceAll("[^0-9]", ""));
        assertThat(accepted, greaterThan(0L));
        for (String chart : List.of("monthChart", "categoryChart", "manufacturerChart", "shareChart", "joinsChart")) {
            WebElement canvas = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(chart + "_canvas")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", canvas);
            assertThat(chart + " drawn height (px)", canvas.getSize().getHeight(), greaterThanOrEqualTo(200));
            assertThat(chart + " drawn width (px)", canvas.getSize().getWidth(), greaterThanOrEqualTo(400));
            Number total = (Number) ((JavascriptExecutor) browser).executeScript("return Chart.getChart(arguments[0])"
                    + ".data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0)", canvas);
            assertThat(chart + " has data", total.doubleValue(), greaterThan(0.0));
            if (!chart.equals("joinsChart")) {
                Number tallest = (Number) ((JavascriptExecutor) browser).executeScript("const c = Chart.getChart("
                        + "arguments[0]); return Math.max(...c.data.datasets.flatMap((d, i) => c.getDatasetMeta(i)"
                        + ".data.map(b => Math.abs(b.base - b.y))))", canvas);
                assertThat(chart + " tallest bar (px)", tallest.doubleValue(), greaterThanOrEqualTo(40.0));
            }
        }
        assertThat(browser.findElement(By.id("openTenders")).getText(), containsString("INT-02"));
        Browser.screenshot(browser, "home-1400px");
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
