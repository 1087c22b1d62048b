package uk.scrutiny.it.pages.deepdive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.pages.DashboardLists;
import uk.scrutiny.it.questions.Items;

/**
 * Democratic services take an item to a deep dive and run it through their pages: the triage decision (or the
 * committee's outcome), the deep dive's working group and key lines of enquiry, its evidence sessions and findings,
 * and the final report with its SMART recommendations (as many as it makes), which hands over to the
 * recommendations. While the deep dive is under way its working group changes, each change in the item's timeline.
 * Members then see the working group, sessions, findings and those changes on their item page. Items are set up through the API; forms sent with
 * mistakes, refused by the service, or sent after someone else moved the deep dive on are shown with their errors
 * and what was typed. Every page visited is checked with axe-core (WCAG 2.2 A/AA) and photographed.
 */
class DeepDivePagesIT {

    private static Items.Setting setting;
    private static Browser browser;

    @BeforeAll
    static void signIn() {
        setting = Items.childrens();
        browser = Browser.signedInAs("democratic");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aRedFlagTriagedToADeepDiveIsRunThroughItsPagesToTheFinalReport() {
        String title = Items.uniqueTitle("Children missing education");
        long id = raise(title);

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#triage-form")).contains("Deep dive");
        browser.check("deep-item-triage");
        browser.click("#decision-DEEP_DIVE");
        browser.type("triageReason", "Needs evidence from schools and families");
        browser.submit("#triage");
        assertThat(browser.text("#success-message")).contains("triaged: deep dive");
        assertThat(browser.text("#stage")).isEqualTo("Deep dive");
        browser.check("deep-item-triaged-to-deep-dive");

        browser.submit("#deep-dive-link");
        assertThat(browser.text("h1")).isEqualTo("Deep dive");
        assertThat(browser.text("#not-started")).contains("not started");
        browser.check("deep-dive-start");

        browser.submit("#start");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter the scope of the deep dive",
                "Select the members of the working group", "Enter at least one key line of enquiry");
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        browser.check("deep-dive-start-errors");

        browser.type("scope", "Why children go missing from education, and how quickly they are found");
        browser.type("keyLines", "How quickly are children missing education found?\nWhich schools refer the most?");
        String member = browser.text("label[for='workingGroup']");
        browser.click("#workingGroup");
        browser.submit("#start");
        assertThat(browser.text("#success-message")).contains("deep dive has started");
        assertThat(browser.text("#working-group")).isEqualTo(member);
        assertThat(browser.text("#key-lines")).contains("Which schools refer the most?");
        assertThat(browser.text("#no-sessions")).isNotBlank();
        browser.check("deep-dive-started");

        browser.submit("#add-member");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the member joining the working group");
        assertThat(browser.text("#joining-error")).contains("Select the member joining the working group");
        browser.check("deep-dive-join-error");

        Select joining = new Select(browser.find("#joining"));
        joining.selectByIndex(1);
        String joiner = joining.getFirstSelectedOption().getText();
        browser.type("joinReason", "Brings experience as a school governor.");
        browser.submit("#add-member");
        assertThat(browser.text("#success-message")).contains(name(joiner) + " has joined the working group");
        assertThat(browser.text("#working-group")).contains(member, joiner);
        browser.check("deep-dive-member-joined");

        choose(member);
        browser.type("leaveReason", "Stood down from the committee's work for this term.");
        browser.submit("#remove-member");
        assertThat(browser.text("#success-message")).contains(name(member) + " has left the working group");
        assertThat(browser.text("#working-group")).isEqualTo(joiner);

        choose(joiner);
        browser.submit("#remove-member");
        assertThat(browser.text("#leaving-error")).contains(name(joiner) + " is the only member of the working group");
        assertThat(browser.text(".govuk-error-summary")).contains("Add another member before removing them");
        assertThat(browser.find("#leaving").isSelected()).as("the choice is kept").isTrue();
        browser.check("deep-dive-leave-refused");

        browser.submit("#add-session");
        assertThat(browser.text(".govuk-error-summary")).contains("Select how the evidence was gathered",
                "Enter what the session was about", "Enter the date it was held");
        browser.check("deep-dive-session-errors");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.click("#kind-SITE_VISIT");
        browser.type("sessionTitle", "The children missing education team");
        typeDate("heldOn", today.minusDays(1));
        browser.submit("#add-session");
        assertThat(browser.text("#heldOn-error")).contains("before the deep dive started");
        assertThat(browser.find("#sessionTitle").getAttribute("value")).isEqualTo("The children missing education team");
        assertThat(browser.find("#kind-SITE_VISIT").isSelected()).as("the choice is kept").isTrue();
        browser.check("deep-dive-session-refused");

        browser.click("#kind");
        browser.type("sessionTitle", "Head teachers");
        typeDate("heldOn", today);
        browser.type("witnesses", "A Head, Primary head teacher\nB Head");
        browser.type("notes", "Two heads described the referral form.");
        browser.submit("#add-session");
        assertThat(browser.text("#success-message")).contains("evidence session with witnesses is recorded");
        assertThat(browser.text("#sessions")).contains("Head teachers", "A Head, Primary head teacher", "B Head",
                "Two heads described the referral form.");

        browser.type("text-1", "Follow up every referral within 2 working days.");
        browser.type("decisionMaker-1", "Cabinet");
        browser.submit("#agree-final-report");
        assertThat(browser.text(".govuk-error-summary")).contains("Record at least one finding");
        assertThat(browser.text("#finding-error")).contains("Record at least one finding");
        assertThat(browser.find("#text-1").getAttribute("value"))
                .isEqualTo("Follow up every referral within 2 working days.");
        browser.check("deep-dive-report-without-finding");

        browser.type("finding", "Referrals wait on average 9 days before anyone follows them up.");
        browser.submit("#record-finding");
        assertThat(browser.text("#success-message")).contains("finding is recorded");
        assertThat(browser.text("#findings")).contains("Referrals wait on average 9 days");
        browser.check("deep-dive-evidence-and-findings");

        browser.type("text-1", "Follow up every referral within 2 working days.");
        browser.type("decisionMaker-1", "Portfolio Holder for Children's Services");
        typeDate("targetDate-1", LocalDate.of(today.getYear() + 1, 4, 30));
        assertThat(browser.findAll("#remove-row-1")).as("a single row is not removed").isEmpty();
        browser.submit("#add-another");
        browser.type("text-2", "Report follow-up times to the committee every quarter.");
        browser.submit("#add-another");
        browser.type("text-3", "A draft that the working group dropped.");
        browser.type("decisionMaker-3", "Cabinet");
        browser.submit("#add-another");
        browser.type("text-4", "Publish the referral form's guidance for schools by September.");
        browser.type("decisionMaker-4", "Cabinet");
        browser.submit("#add-another");
        browser.type("text-5", "Train every designated safeguarding lead in the new referral route.");
        browser.type("decisionMaker-5", "Director of Children's Services");
        assertThat(browser.findAll(".council-recommendation-row")).hasSize(5);
        assertThat(browser.find("#text-1").getAttribute("value"))
                .isEqualTo("Follow up every referral within 2 working days.");
        assertThat(browser.find("#targetDate-1-year").getAttribute("value"))
                .isEqualTo(String.valueOf(today.getYear() + 1));
        browser.check("deep-dive-report-five-rows");

        browser.submit("#remove-row-3");
        assertThat(browser.findAll(".council-recommendation-row")).hasSize(4);
        assertThat(browser.find("#text-3").getAttribute("value"))
                .isEqualTo("Publish the referral form's guidance for schools by September.");
        assertThat(browser.find("#text-4").getAttribute("value"))
                .isEqualTo("Train every designated safeguarding lead in the new referral route.");
        assertThat(browser.find("#text-2").getAttribute("value"))
                .isEqualTo("Report follow-up times to the committee every quarter.");
        browser.check("deep-dive-report-row-removed");

        WebElement before = browser.find("html");
        browser.find("#decisionMaker-4").sendKeys(Keys.ENTER); // sends the form as "Agree", not as a "Remove"
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        assertThat(browser.text("#decisionMaker-2-error")).contains("Enter who decides on recommendation 2");
        assertThat(browser.find("#text-2").getAttribute("value"))
                .isEqualTo("Report follow-up times to the committee every quarter.");
        assertThat(browser.find("#text-4").getAttribute("value"))
                .isEqualTo("Train every designated safeguarding lead in the new referral route.");
        assertThat(browser.findAll(".council-recommendation-row")).hasSize(4);
        browser.check("deep-dive-report-errors");

        browser.type("decisionMaker-2", "Cabinet");
        browser.submit("#agree-final-report");
        assertThat(browser.text("#success-message")).contains("final report is agreed");
        assertThat(browser.text("#stage")).isEqualTo("Executive response");
        assertThat(browser.find("#recommendations-link a").getAttribute("href"))
                .endsWith("/democratic/recommendations.xhtml?item=" + id);
        assertThat(browser.text("#executive-response-due")).contains("working days left");
        assertThat(browser.findAll("#report-form")).isEmpty();
        assertThat(browser.findAll("#finding-form")).isEmpty();
        browser.check("deep-dive-concluded");
        assertThat(Items.ok(Items.get("democratic", "/api/items/" + id + "/recommendations"), 200)
                .getJsonArray("recommendations").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("text")).containsExactly(
                        "Follow up every referral within 2 working days.",
                        "Report follow-up times to the committee every quarter.",
                        "Publish the referral form's guidance for schools by September.",
                        "Train every designated safeguarding lead in the new referral route.");

        try (Browser councillor = Browser.signedInAs("member")) {
            councillor.open("/member/item.xhtml?id=" + id);
            assertThat(councillor.text("#deep-dive-working-group")).isEqualTo(name(joiner));
            assertThat(councillor.text("#timeline")).contains(name(joiner) + " joined the deep dive's working group.",
                    "Brings experience as a school governor.", name(member) + " left the deep dive's working group.",
                    "Stood down from the committee's work for this term.");
            assertThat(councillor.text("#deep-dive-sessions")).contains("Head teachers", "A Head");
            assertThat(councillor.text("#deep-dive-findings")).contains("Referrals wait on average 9 days");
            councillor.check("member-item-deep-dive");
        }
    }

    @Test
    void theCommitteeRefersAPublishedReportToADeepDive() {
        long id = Items.published(setting, Items.uniqueTitle("Referred by the committee"));
        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#outcome-form")).contains("Referred to a deep dive");
        browser.check("deep-item-outcome");
        browser.click("#resolution-REFERRED_TO_DEEP_DIVE");
        browser.type("outcomeText", "A working group to look at re-referrals in depth.");
        browser.submit("#record-outcome");
        assertThat(browser.text("#success-message")).contains("outcome is recorded");
        assertThat(browser.text("#stage")).isEqualTo("Deep dive");
        browser.check("deep-item-referred-to-deep-dive");

        browser.submit("#deep-dive-link");
        assertThat(browser.findAll("#start-form")).hasSize(1);
        browser.check("deep-dive-start-after-outcome");
    }

    @Test
    void aDeepDiveStartedBySomeoneElseMeanwhileIsRefusedAndTheFormsFollowWhatIsAllowedNow() {
        String title = Items.uniqueTitle("Started meanwhile");
        long id = raise(title);
        Items.ok(Items.post("chair", "/api/items/" + id + "/triage",
                "{\"decision\": \"DEEP_DIVE\", \"reason\": \"Evidence needed\"}"), 200);
        DashboardLists.find(browser, setting.committeeId(), "deep-dives", "#act-" + id);
        assertThat(browser.text("#deep-dives")).contains(title, "Start the deep dive");
        browser.check("deep-dashboard-deep-dive-to-start");
        browser.submit("#act-" + id);
        assertThat(browser.text("h1")).isEqualTo("Deep dive");
        browser.type("scope", "Typed while someone else started it");
        browser.type("keyLines", "Why?");
        browser.click("#workingGroup");

        long member = Items.ok(Items.get("democratic", "/api/items/" + id + "/deep-dive"), 200)
                .getJsonArray("eligibleMembers").getJsonObject(0).getJsonNumber("id").longValue();
        Items.ok(Items.post("democratic", "/api/items/" + id + "/deep-dive", "{\"scope\": \"Started over the API\", "
                + "\"workingGroup\": [" + member + "], \"keyLinesOfEnquiry\": [\"What happened?\"]}"), 201);

        browser.submit("#start");
        assertThat(browser.text(".govuk-error-summary")).contains("The deep dive has moved on",
                "Allowed now: change the working group, record an evidence session, record a finding, agree the "
                        + "final report, withdraw the item.");
        assertThat(browser.findAll("#start-form")).as("starting is no longer offered").isEmpty();
        assertThat(browser.findAll("#session-form")).hasSize(1);
        assertThat(browser.text("#scope-text")).isEqualTo("Started over the API");
        browser.check("deep-dive-moved-on");

        DashboardLists.find(browser, setting.committeeId(), "deep-dives", "#act-" + id);
        assertThat(browser.text("#deep-dives")).contains(title, "Carry out the deep dive");
        assertThat(browser.find("#act-" + id).getAttribute("href")).endsWith("/democratic/deep-dive.xhtml?item=" + id);

        browser.open("/democratic/deep-dive.xhtml?item=999999");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.check("deep-dive-not-found");
    }

    private static long raise(String title) {
        return Items.ok(Items.post("member", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Children missing education",
                 "severity": "HIGH", "whyItMatters": "The number doubled in a year."}
                """.formatted(setting.committeeId(), setting.dataSourceId(), title)), 201)
                .getJsonNumber("id").longValue();
    }

    /** Chooses the working group member to take out by the label the page gives them. */
    private static void choose(String label) {
        browser.driver.findElement(By.xpath("//form[@id='leave-form']//label[normalize-space()=\"" + label + "\"]"))
                .click();
    }

    /** A member's name without the role the page adds: "Cllr Mo Example (member)" as "Cllr Mo Example". */
    private static String name(String label) {
        return label.substring(0, label.lastIndexOf(" ("));
    }

    private static void typeDate(String id, LocalDate date) {
        browser.type(id + "-day", String.valueOf(date.getDayOfMonth()));
        browser.type(id + "-month", String.valueOf(date.getMonthValue()));
        browser.type(id + "-year", String.valueOf(date.getYear()));
    }
}
