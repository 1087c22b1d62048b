package uk.scrutiny.it.pages.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.questions.Items;

/**
 * A member in the browser: lands on their committees' items, raises a red flag with the data-quality prompts
 * (after correcting the form), follows the new item on its page, and asks a question on a published report.
 */
class MemberPagesIT {

    private static Items.Setting setting;
    private Browser browser;

    @BeforeAll
    static void findDemoData() {
        setting = Items.childrens();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.signedInAs("member");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aMemberRaisesARedFlagAndFollowsTheItem() {
        assertThat(browser.driver.getCurrentUrl()).as("the member's start page").endsWith("/member/items.xhtml");
        assertThat(browser.text("#signed-in-roles")).isEqualTo("Member");
        assertThat(browser.mainText()).contains(Items.CHILDRENS);
        browser.check("member-items");

        browser.submit("a[href$='/member/red-flag.xhtml']");
        assertThat(browser.mainText()).contains("Is it an official statistic?", "Is it a trend or a single data point?",
                "How big is the data set?", "How is it calculated?", "How timely is it?",
                "Are there known quality issues?");
        browser.check("member-red-flag");
        browser.type("timeliness", "Annual, published each November");
        browser.submit("#raise");
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the data source",
                "Enter the indicator, or describe what you saw", "Select how serious it is", "Enter why it matters");
        assertThat(browser.find("#timeliness").getAttribute("value")).isEqualTo("Annual, published each November");
        browser.check("member-red-flag-errors");

        String indicator = Items.uniqueTitle("Re-referrals within 12 months");
        new Select(browser.find("#dataSource")).selectByIndex(1);
        browser.type("indicator", indicator);
        browser.click("label[for='severity-HIGH']");
        browser.type("whyItMatters", "Re-referrals rose for the third year running, above England.");
        browser.click("label[for='officialStatistic']");
        browser.click("label[for='dataPoints']");
        browser.type("dataSetSize", "About 2,000 referrals a year");
        browser.submit("#raise");

        assertThat(browser.text("#success-message")).contains("Your red flag has been raised");
        assertThat(browser.text("#item-title")).isEqualTo(indicator);
        assertThat(browser.text("#item-stage")).isEqualTo("Triage");
        assertThat(browser.text("#waiting-on")).isEqualTo("The chair or democratic services");
        assertThat(browser.text("#red-flag")).contains("Is it an official statistic? Yes", "A trend",
                "About 2,000 referrals a year", "Annual, published each November", "How is it calculated? Not answered");
        assertThat(browser.text("#timeline")).contains("Item created", "Cllr Mo Example", "Moved from red flag to triage");
        assertThat(browser.text("#questions-closed")).contains("once the report is published");
        browser.check("member-item-red-flag");

        browser.submit(".govuk-back-link");
        assertThat(browser.mainText()).contains(indicator);
    }

    @Test
    void aMemberAsksAQuestionOnAPublishedReport() {
        String title = Items.uniqueTitle("Published report");
        long itemId = Items.published(setting, title);

        browser.open("/member/items.xhtml");
        assertThat(browser.text("#item-" + itemId)).contains(title, "Published", "Committee meeting");
        browser.submit("#item-" + itemId + " a");
        assertThat(browser.text("#item-stage")).isEqualTo("Published");
        assertThat(browser.text("#next-deadline")).contains("Committee meeting");
        assertThat(browser.text("#timeline")).contains("Report published on", "Response submitted by Olu Example");

        browser.submit("#send-question");
        assertThat(browser.text("#question-error")).contains("Enter your question");
        browser.check("member-question-error");

        browser.type("question", "How many re-referrals were within three months?");
        browser.submit("#send-question");
        assertThat(browser.text("#success-message")).contains("Your question has been sent to Olu Example");
        assertThat(browser.text("#questions")).contains("How many re-referrals were within three months?",
                "Not answered yet");
        assertThat(browser.text("#timeline")).contains("Question from Cllr Mo Example sent to Olu Example");
        browser.check("member-item-question");
    }

    @Test
    void anItemOfAnotherCommitteeIsNotShown() {
        long other = Items.otherCommitteeItem(Items.uniqueTitle("Another committee"));
        browser.open("/member/item.xhtml?id=" + other);
        assertThat(browser.text("h1")).isEqualTo("You cannot see this page");
        assertThat(browser.mainText()).doesNotContain("Another committee");
        browser.open("/member/item.xhtml?id=987654321");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }
}
