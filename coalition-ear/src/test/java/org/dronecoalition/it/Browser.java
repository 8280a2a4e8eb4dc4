package org.dronecoalition.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages (.ci/run installs them). Where they are missing
 * the browser tests are skipped, saying why.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Signs in through the login form and waits for the user name in the header. */
    static void logIn(WebDriver browser, WebDriverWait wait, String username) {
        logIn(browser, wait, username, Api.PASSWORD);
    }

    static void logIn(WebDriver browser, WebDriverWait wait, String username, String password) {
        browser.get(Api.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav:user"), username));
    }

    static void logOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("nav:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:login")));
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by (part of) its label, through the widget's
     * own API: the overlay list is rendered lazily and differs between PrimeFaces versions.
     */
    static void choose(WebDriver browser, WebDriverWait wait, String menuId, String labelPart) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        ((JavascriptExecutor) browser).executeScript("var select = document.getElementById(arguments[0] + '_input');"
                + "var option = Array.from(select.options).find(o => o.text.indexOf(arguments[1]) >= 0);"
                + "if (!option) { throw new Error('No option ' + arguments[1] + ' in ' + arguments[0]); }"
                + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value);", menuId, labelPart);
    }

    /**
     * Ticks options of a PrimeFaces selectCheckboxMenu by their values, in the form fields that the
     * form posts (the overlay panel only mirrors them).
     */
    static void tick(WebDriver browser, WebDriverWait wait, String menuId, String... values) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId)));
        ((JavascriptExecutor) browser).executeScript("var wanted = arguments[1];"
                + "var fields = Array.from(document.getElementsByName(arguments[0]));"
                + "var ticked = 0;"
                + "fields.forEach(f => { if (f.tagName === 'SELECT') { Array.from(f.options).forEach(o => {"
                + "  if (wanted.includes(o.value)) { o.selected = true; ticked++; } }); }"
                + "  else if (wanted.includes(f.value)) { f.checked = true; ticked++; } });"
                + "if (ticked < wanted.length) { throw new Error('Not all of ' + wanted + ' in ' + arguments[0]); }",
                menuId, List.of(values));
    }

    /** Clicks a button that posts the whole page and waits until the old page is gone. */
    static void post(WebDriver browser, WebDriverWait wait, By button) {
        WebElement clicked = browser.findElement(button);
        clicked.click();
        wait.until(driver -> gone(clicked));
    }

    /** Chromium 156 reports an element of a replaced page as "not in the document", not as stale. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    static WebDriver start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Chromium is not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Keeps what the page looks like at the top as a test artefact, target/screenshots/{name}.png. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        Path shots = Path.of(System.getProperty("coalition.reports.dir", "target"), "screenshots");
        Files.createDirectories(shots);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
