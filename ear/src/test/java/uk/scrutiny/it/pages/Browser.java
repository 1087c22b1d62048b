package uk.scrutiny.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.scrutiny.it.TestServer;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver: Selenium is given both paths so
 * it never looks for, or downloads, a browser or a driver of its own. Every page a journey visits is checked with
 * axe-core against the WCAG 2.2 A and AA rules, and a screenshot is kept for reviewers.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = TestServer.baseUrl();
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    public final WebDriver driver;

    public Browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1100", "--lang=en-GB");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public void open(String path) {
        driver.get(BASE_URL + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    public void click(String css) {
        find(css).click();
    }

    /**
     * Clicks something that sends a form or follows a link, and waits for the next page: without the wait the next
     * look-up could still find the old page's elements.
     */
    public void submit(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> replaced(page));
    }

    /**
     * Whether the page has been replaced by the next one. While the next one loads, chromedriver may answer for the
     * old page's element with an "unknown error" saying the node does not belong to the document (seen on the
     * loaded test machine) instead of a stale element: both mean the old page is gone.
     */
    private static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
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

    public String mainText() {
        return find("main").getText();
    }

    /** Fails with the list of violations if the page breaks any WCAG 2.2 A or AA rule axe-core knows. */
    public void assertAccessible(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("WCAG 2.2 A/AA violations on %s: %s", pageName, describe(violations)).isEmpty();
    }

    /** Saves a full-window screenshot as target/screenshots/NAME.png. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks and records a page in one go: what every journey does at each step. */
    public void check(String pageName) {
        screenshot(pageName);
        assertAccessible(pageName);
    }

    /** A new browser signed in as the demo user; closed again if the sign-in fails, so no driver is left running. */
    public static Browser signedInAs(String username) {
        Browser browser = new Browser();
        try {
            browser.signIn(username);
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Signs in as the demo user, with the password every demo user has. */
    public void signIn(String username) {
        signIn(username, TestServer.DEMO_PASSWORD);
    }

    public void signIn(String username, String password) {
        open("/sign-in.xhtml");
        type("username", username);
        type("password", password);
        submit("#continue");
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
