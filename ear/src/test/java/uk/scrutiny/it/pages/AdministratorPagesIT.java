package uk.scrutiny.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An administrator keeps the council's calendar: closures and deadline rules, with every form error shown. */
class AdministratorPagesIT {

    private static Browser browser;

    @BeforeAll
    static void signIn() {
        browser = Browser.signedInAs("admin");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aClosureIsAddedAfterCorrectingTheFormAndThenRemoved() {
        browser.open("/admin/calendar.xhtml");
        assertThat(browser.text("#signed-in-roles")).isEqualTo("Admin");
        browser.check("admin-calendar");

        browser.type("closureFirst-day", "24");
        browser.type("closureFirst-month", "12");
        browser.type("closureFirst-year", "2026");
        browser.type("closureLast-day", "2");
        browser.type("closureLast-month", "1");
        browser.type("closureLast-year", "2026");
        browser.submit("#add");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the reason for the closure",
                "The last day must be the same as or after the first day");
        assertThat(browser.find("#closureFirst-day").getAttribute("value")).isEqualTo("24");
        assertThat(browser.find("#publicationClearWorkingDays").getAttribute("value"))
                .as("the other forms still show what is in force").isEqualTo("5");
        browser.check("admin-calendar-errors");

        browser.type("closureLast-year", "2027");
        browser.type("closureReason", "Christmas closure");
        browser.submit("#add");
        assertThat(browser.text("#success-message")).contains("Thu 24 Dec 2026").contains("Sat 2 Jan 2027")
                .doesNotContain("2 Jan 2026");
        assertThat(browser.text("#closure-table")).contains("Christmas closure");
        browser.check("admin-calendar-closure-added");

        browser.submit("#closure-table input[type=submit]");
        assertThat(browser.text("#success-message")).contains("removed");
        assertThat(browser.findAll("#closure-table")).isEmpty();
    }

    @Test
    void aRuleThatIsNotANumberIsRefusedNextToItsField() {
        browser.open("/admin/calendar.xhtml");
        browser.type("publicationClearWorkingDays", "five");
        browser.submit("#save-rules");

        assertThat(browser.text("#publicationClearWorkingDays-error")).contains("must be a whole number");
        assertThat(browser.find("#publicationClearWorkingDays").getAttribute("value")).isEqualTo("five");
        browser.check("admin-rules-error");
    }
}
