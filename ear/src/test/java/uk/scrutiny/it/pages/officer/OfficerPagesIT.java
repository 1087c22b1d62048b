package uk.scrutiny.it.pages.officer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.questions.Items;

/**
 * An officer answers a request in the browser: sign-in lands on "my requests", the response form refuses an
 * incomplete response and keeps what was typed, a draft survives a reload, and the submitted response reaches
 * democratic services. Extensions and hand-overs from the same page. Every page checked with axe-core.
 */
class OfficerPagesIT {

    private static Items.Setting setting;
    private Browser browser;

    @BeforeAll
    static void findDemoData() {
        setting = Items.childrens();
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theOfficerAnswersARequestFromSignInToSubmission() {
        String title = Items.uniqueTitle("Officer journey");
        long itemId = Items.requested(setting, title);
        long requestId = Items.requestId(itemId);

        browser.signIn("officer");
        assertThat(browser.driver.getCurrentUrl()).as("the officer's start page").endsWith("/officer/requests.xhtml");
        assertThat(browser.text("#signed-in-name")).isEqualTo("Olu Example (Lead Officer)");
        assertThat(browser.text("#signed-in-roles")).isEqualTo("Officer");
        String row = browser.text("#my-requests");
        assertThat(row).contains(title, "Not started");
        assertThat(browser.text("#request-" + requestId)).containsAnyOf("due today", "overdue", "working day");
        browser.check("officer-my-requests");

        browser.submit("#my-requests a[href*='item=" + itemId + "&']");
        assertThat(browser.text("#item-title")).isEqualTo(title);
        assertThat(browser.text("#response-due")).containsAnyOf("due today", "working day", "overdue");
        browser.click("#how-due summary");
        assertThat(browser.text("#due-note")).contains("had passed when the request was issued");
        browser.check("officer-response-form");

        browser.type("answer-1", "Threshold changes in 2023 brought more families back.");
        browser.submit("#submit-response");
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter your answer to data request 2",
                "Select whether historical trends are provided");
        assertThat(browser.text("#answer-2-error")).contains("Enter your answer to data request 2");
        assertThat(browser.find("#answer-1").getAttribute("value"))
                .isEqualTo("Threshold changes in 2023 brought more families back.");
        browser.check("officer-response-form-errors");

        browser.type("answer-2", "The table by locality is attached.");
        browser.click("label[for='inclusion-HISTORICAL_TRENDS']");
        browser.type("content-HISTORICAL_TRENDS", "Re-referrals: 18% (2021), 21% (2023), 24% (2025).");
        browser.click("label[for='inclusion-COSTINGS_AND_BUDGET-no']");
        browser.submit("#save-draft");
        assertThat(browser.text("#reason-COSTINGS_AND_BUDGET-error"))
                .contains("Enter why costings and budget are not provided");
        assertThat(browser.find("#content-HISTORICAL_TRENDS").getAttribute("value")).startsWith("Re-referrals: 18%");
        browser.check("officer-response-draft-error");

        browser.type("reason-COSTINGS_AND_BUDGET", "Budgets are not held by locality.");
        browser.submit("#save-draft");
        assertThat(browser.text("#success-message")).contains("Your draft has been saved");
        browser.check("officer-response-draft-saved");

        browser.open("/officer/response.xhtml?item=" + itemId + "&request=" + requestId);
        assertThat(browser.find("#answer-1").getAttribute("value")).startsWith("Threshold changes in 2023");
        assertThat(browser.find("#answer-2").getAttribute("value")).isEqualTo("The table by locality is attached.");
        assertThat(browser.find("#inclusion-HISTORICAL_TRENDS").isSelected()).isTrue();
        assertThat(browser.find("#content-HISTORICAL_TRENDS").getAttribute("value")).startsWith("Re-referrals: 18%");
        assertThat(browser.find("#inclusion-COSTINGS_AND_BUDGET-no").isSelected()).isTrue();
        assertThat(browser.find("#reason-COSTINGS_AND_BUDGET").getAttribute("value"))
                .isEqualTo("Budgets are not held by locality.");
        assertThat(browser.find("#inclusion-LIMITATIONS_OF_THE_DATA").isSelected()).isFalse();

        for (String inclusion : new String[] {"REGIONAL_AND_NATIONAL_COMPARISONS", "DEMOGRAPHIC_COMPARISONS",
                "LIMITATIONS_OF_THE_DATA"}) {
            browser.click("label[for='inclusion-" + inclusion + "']");
        }
        browser.submit("#submit-response");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/officer/requests.xhtml");
        assertThat(browser.text("#success-message")).contains("has been sent to democratic services");
        assertThat(browser.findAll("#request-" + requestId)).as("no longer waiting for the officer").isEmpty();
        browser.check("officer-response-sent");
        assertThat(Items.stage(itemId)).isEqualTo("response_review");
    }

    @Test
    void theOfficerAsksForAnExtensionAndHandsTheRequestOverAfterCorrectingEachForm() {
        String title = Items.uniqueTitle("Extension and hand-over");
        long itemId = Items.requested(setting, title);
        long requestId = Items.requestId(itemId);
        browser.signIn("officer");
        browser.open("/officer/response.xhtml?item=" + itemId + "&request=" + requestId);
        browser.type("answer-1", "Started, not finished.");

        browser.type("extensionDate-day", "31");
        browser.type("extensionDate-month", "2");
        browser.type("extensionDate-year", "2030");
        browser.submit("#ask-extension");
        assertThat(browser.text(".govuk-error-summary")).contains("The date you need must be a real date",
                "Enter why you need more time");
        assertThat(browser.find("#extensionDate-day").getAttribute("value")).isEqualTo("31");
        browser.check("officer-extension-errors");

        browser.type("extensionDate-day", "28");
        browser.type("extensionReason", "The locality data comes from a partner in March.");
        browser.submit("#ask-extension");
        assertThat(browser.text("#success-message")).contains("You have asked for an extension to",
                "28 Feb 2030");
        browser.open("/officer/requests.xhtml");
        assertThat(browser.text("#request-" + requestId)).contains("Extension to Thu 28 Feb 2030 asked for");

        browser.open("/officer/response.xhtml?item=" + itemId + "&request=" + requestId);
        browser.submit("#hand-over-button");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the officer to hand the request to",
                "Enter why you are handing the request over");
        browser.check("officer-hand-over-errors");

        new Select(browser.find("#handOverTo")).selectByVisibleText("Oona Example (Report Author)");
        browser.type("handOverReason", "Oona leads on re-referrals.");
        browser.submit("#hand-over-button");
        assertThat(browser.text("#success-message")).contains("handed over to Oona Example (Report Author)");
        assertThat(browser.findAll("#request-" + requestId)).as("now Oona's to answer").isEmpty();

        browser.open("/officer/response.xhtml?item=" + itemId + "&request=" + requestId);
        assertThat(browser.text("h1")).as("the request is someone else's now").isEqualTo("You cannot see this page");
    }
}
