package uk.scrutiny.it.pages.deepdive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.pages.DashboardLists;
import uk.scrutiny.it.questions.Items;

/**
 * Democratic services take an item to a deep dive and run it through their pages: the triage decision (or the
 * committee's outcome), the deep dive's working group and key lines of enquiry, its evidence sessions and findings,
 * and the final report with its SMART recommendations, which hands over to the recommendations. Members then see
 * the working group, sessions and findings on their item page. Items are set up through the API; forms sent with
 * mistakes, refused by the service, or sent after someone else moved the deep dive on are shown with their errors
 * and what was typed. Every page visited is checked with axe-core (WCAG 2.2 A/AA) and photographed.
 */
class DeepDivePagesIT {

    private static Items.Setting setting;
    private static Browser browser;

    @BeforeAll
    static void signIn() {
        setting = Items.childrens();
        browser = new Browser();
        browser.signIn("democratic", "scrutiny-demo");
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

        browser.type("rec-1-text", "Follow up every referral within 2 working days.");
        browser.type("rec-1-maker", "Cabinet");
        browser.submit("#agree-final-report");
        assertThat(browser.text(".govuk-error-summary")).contains("Record at least one finding");
        assertThat(browser.text("#finding-error")).contains("Record at least one finding");
        assertThat(browser.find("#rec-1-text").getAttribute("value"))
                .isEqualTo("Follow up every referral within 2 working days.");
        browser.check("deep-dive-report-without-finding");

        browser.type("finding", "Referrals wait on average 9 days before anyone follows them up.");
        browser.submit("#record-finding");
        assertThat(browser.text("#success-message")).contains("finding is recorded");
        assertThat(browser.text("#findings")).contains("Referrals wait on average 9 days");
        browser.check("deep-dive-evidence-and-findings");

        browser.type("rec-1-text", "Follow up every referral within 2 working days.");
        browser.type("rec-1-maker", "Portfolio Holder for Children's Services");
        typeDate("rec-1-target", LocalDate.of(today.getYear() + 1, 4, 30));
        browser.type("rec-2-text", "Report follow-up times to the committee every quarter.");
        browser.submit("#agree-final-report");
        assertThat(browser.text("#rec-2-maker-error")).contains("Enter who decides on recommendation 2");
        assertThat(browser.find("#rec-2-text").getAttribute("value"))
                .isEqualTo("Report follow-up times to the committee every quarter.");
        assertThat(browser.find("#rec-1-target-year").getAttribute("value"))
                .isEqualTo(String.valueOf(today.getYear() + 1));
        browser.check("deep-dive-report-errors");

        browser.type("rec-2-maker", "Cabinet");
        browser.submit("#agree-final-report");
        assertThat(browser.text("#success-message")).contains("final report is agreed");
        assertThat(browser.text("#stage")).isEqualTo("Executive response");
        assertThat(browser.find("#recommendations-link a").getAttribute("href"))
                .endsWith("/democratic/recommendations.xhtml?item=" + id);
        assertThat(browser.text("#executive-response-due")).contains("working days left");
        assertThat(browser.findAll("#report-form")).isEmpty();
        assertThat(browser.findAll("#finding-form")).isEmpty();
        browser.check("deep-dive-concluded");

        try (Browser councillor = new Browser()) {
            councillor.signIn("member", "scrutiny-demo");
            councillor.open("/member/item.xhtml?id=" + id);
            assertThat(councillor.text("#deep-dive-working-group")).isEqualTo(member.substring(0, member.lastIndexOf(" (")));
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
        browser.check("deep-dive-start-from-dashboard");
        browser.type("scope", "Typed while someone else started it");
        browser.type("keyLines", "Why?");
        browser.click("#workingGroup");

        long member = Items.ok(Items.get("democratic", "/api/items/" + id + "/deep-dive"), 200)
                .getJsonArray("eligibleMembers").getJsonObject(0).getJsonNumber("id").longValue();
        Items.ok(Items.post("democratic", "/api/items/" + id + "/deep-dive", "{\"scope\": \"Started over the API\", "
                + "\"workingGroup\": [" + member + "], \"keyLinesOfEnquiry\": [\"What happened?\"]}"), 201);

        browser.submit("#start");
        assertThat(browser.text(".govuk-error-summary")).contains("The deep dive has moved on",
                "Allowed now: record an evidence session, record a finding, agree the final report, withdraw the "
                        + "item.");
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

    private static void typeDate(String id, LocalDate date) {
        browser.type(id + "-day", String.valueOf(date.getDayOfMonth()));
        browser.type(id + "-month", String.valueOf(date.getMonthValue()));
        browser.type(id + "-year", String.valueOf(date.getYear()));
    }
}
