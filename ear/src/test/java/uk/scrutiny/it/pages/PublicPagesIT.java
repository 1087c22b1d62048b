package uk.scrutiny.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** What anyone can do without signing in, in a real browser, every page checked for accessibility. */
class PublicPagesIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theStartPageListsRecentMeetings() {
        browser.open("/");

        assertThat(browser.text("h1")).isEqualTo("Scrutiny work programme");
        assertThat(browser.text("#recent-meetings")).contains("Children's Services Overview and Scrutiny Committee");
        browser.check("home");
    }

    @Test
    void theWorkProgrammeOfACommitteeAndYearShowsMeetingsDeadlinesAndItems() {
        browser.open("/work-programme.xhtml");
        new Select(browser.find("#committee")).selectByVisibleText("Children's Services Overview and Scrutiny Committee");
        new Select(browser.find("#year")).selectByVisibleText("2025 to 2026");
        browser.submit("button[type=submit]");

        assertThat(browser.text("h1")).isEqualTo("Children's Services Overview and Scrutiny Committee");
        String page = browser.mainText();
        assertThat(page).contains("Tue 27 Jan 2026", "Mon 19 Jan 2026", "Mon 12 Jan 2026", "Recommendation Tracker",
                "Home-to-School Transport");
        browser.check("work-programme");
    }

    @Test
    void thePlannerExplainsTheDeadlinesOfAMeeting() {
        browser.open("/deadlines.xhtml");
        browser.type("meetingDate-day", "15");
        browser.type("meetingDate-month", "1");
        browser.type("meetingDate-year", "2026");
        browser.submit("#plan");

        assertThat(browser.text("#publication-date")).startsWith("Wed 7 Jan 2026");
        assertThat(browser.text("#officer-response-due")).startsWith("Tue 30 Dec 2025");
        browser.click("#how-officer-response summary");
        assertThat(browser.text("#how-officer-response")).contains("New Year");
        browser.check("deadline-planner");
    }

    @Test
    void thePlannerSaysWhatIsWrongWithADateAndKeepsWhatWasTyped() {
        browser.open("/deadlines.xhtml");
        browser.type("meetingDate-day", "31");
        browser.type("meetingDate-month", "2");
        browser.type("meetingDate-year", "2026");
        browser.submit("#plan");

        assertThat(browser.driver.getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("must be a real date");
        assertThat(browser.text("#meetingDate-error")).contains("must be a real date");
        assertThat(browser.find("#meetingDate-day").getAttribute("value")).isEqualTo("31");
        browser.click(".govuk-error-summary a");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("meetingDate-day");
        browser.check("deadline-planner-error");
    }

    @Test
    void theCatalogueHasEveryDataSourceOfTheToolkit() {
        browser.open("/catalogue.xhtml");

        assertThat(browser.findAll(".govuk-summary-card")).hasSize(22);
        assertThat(browser.mainText()).contains("Children's Social Care Dashboard", "Primary source",
                "Dorset Intelligence & Insight Service (DiiS)");
        browser.check("catalogue");
    }

    @Test
    void theSignInPageReportsMissingFieldsAccessibly() {
        browser.open("/sign-in.xhtml");
        browser.submit("#continue");

        assertThat(browser.text(".govuk-error-summary")).contains("Enter your user name", "Enter your password");
        browser.check("sign-in-error");
    }
}
