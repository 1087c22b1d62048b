package uk.scrutiny.it.pages.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.questions.Items;

/**
 * The response form with the keyboard alone: Tab to move, typing into the focused field, Space to choose a radio,
 * Enter to press a button or follow a link. No element is clicked. At each stop the focused element must show the
 * focus visibly (GOV.UK's yellow focus state), and the error summary must lead back to the field to correct.
 */
class KeyboardOnlyResponseIT {

    private static final int MAX_TABS = 80;
    private static final String[] INCLUSIONS = {"HISTORICAL_TRENDS", "REGIONAL_AND_NATIONAL_COMPARISONS",
            "DEMOGRAPHIC_COMPARISONS", "COSTINGS_AND_BUDGET", "LIMITATIONS_OF_THE_DATA"};

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theOfficerAnswersWithTheKeyboardOnly() {
        Items.Setting setting = Items.childrens();
        String title = Items.uniqueTitle("Keyboard only");
        long itemId = Items.requested(setting, title);
        long requestId = Items.requestId(itemId);
        browser.signIn("officer");
        browser.open("/officer/response.xhtml?item=" + itemId + "&request=" + requestId);

        tabTo("answer-1");
        keys("Threshold changes in 2023.");
        tabTo("submit-response");
        enterAndWait();
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter your answer to data request 2");
        browser.check("officer-keyboard-errors");

        // The first link of the error summary is the missing answer; following it puts the cursor in the field.
        tabToLink("#answer-2");
        keys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "answer-2".equals(active().getAttribute("id")));
        assertFocusVisible();
        keys("Attached as a table.");
        for (String inclusion : INCLUSIONS) {
            tabTo("inclusion-" + inclusion);
            keys(Keys.SPACE);
            assertThat(active().isSelected()).as(inclusion + " chosen with Space").isTrue();
        }
        assertThat(browser.find("#answer-1").getAttribute("value")).as("kept from the refused form")
                .isEqualTo("Threshold changes in 2023.");
        tabTo("submit-response");
        enterAndWait();

        assertThat(browser.driver.getCurrentUrl()).endsWith("/officer/requests.xhtml");
        assertThat(browser.text("#success-message")).contains("has been sent to democratic services");
        browser.check("officer-keyboard-sent");
        assertThat(Items.stage(itemId)).isEqualTo("response_review");
    }

    /** Presses Tab until the element with this id has the focus, checking the focus is visible on arrival. */
    private void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (id.equals(active().getAttribute("id"))) {
                assertFocusVisible();
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus is on " + describe(active()));
    }

    private void tabToLink(String href) {
        for (int i = 0; i < MAX_TABS; i++) {
            String target = active().getAttribute("href");
            if (target != null && target.endsWith(href)) {
                assertFocusVisible();
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the link to " + href);
    }

    private void enterAndWait() {
        WebElement page = browser.find("html");
        keys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private WebElement active() {
        return browser.driver.switchTo().activeElement();
    }

    /**
     * GOV.UK's focus state: a yellow (#ffdd00) outline, box shadow or background on the element, or, for a radio
     * (whose input is invisible), on the circle its label draws.
     */
    private void assertFocusVisible() {
        Object visible = ((JavascriptExecutor) browser.driver).executeScript("""
                const el = document.activeElement;
                const yellow = s => s && s.includes('255, 221, 0');
                const own = getComputedStyle(el);
                if (yellow(own.outlineColor) && own.outlineStyle !== 'none') return true;
                if (yellow(own.boxShadow) || yellow(own.backgroundColor)) return true;
                if (el.type === 'radio' || el.type === 'checkbox') {
                  const label = document.querySelector('label[for="' + el.id + '"]');
                  const before = label && getComputedStyle(label, '::before');
                  const after = label && getComputedStyle(label, '::after');
                  return !!label && (yellow(before.boxShadow) || yellow(after.boxShadow)
                      || yellow(before.outlineColor));
                }
                return false;""");
        assertThat(visible).as("visible focus on " + describe(active())).isEqualTo(Boolean.TRUE);
    }

    private static String describe(WebElement element) {
        return "<" + element.getTagName() + " id=" + element.getAttribute("id") + ">";
    }
}
