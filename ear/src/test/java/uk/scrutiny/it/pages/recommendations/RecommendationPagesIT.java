package uk.scrutiny.it.pages.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.questions.Items.get;
import static uk.scrutiny.it.questions.Items.ok;
import static uk.scrutiny.it.questions.Items.post;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.lifecycle.Api;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.pages.DashboardLists;
import uk.scrutiny.it.questions.Items;

/**
 * Recommendations in the browser. Democratic services take an item from the committee's outcome "recommendations
 * made" to closed on its recommendations page: the recommendations recorded (after correcting the form), the
 * executive's responses (one accepted, one rejected with reasons), progress updates with RAG until the accepted one
 * is achieved; the tracker shows the overdue response being chased, and filters by status and RAG rating a page at
 * a time. A form sent after the item moved on says what is allowed now. Members see the recommendations, responses and RAG on their item page, and
 * the public the recommendations and responses on the outcomes page, without the progress notes. Every page visited
 * is checked with axe-core, those showing errors included.
 *
 * <p>The items go to a meeting of the children's committee (the demo member sits on it) held more than three months
 * ago, through the API: the executive's response is overdue as soon as the recommendations are recorded, and the
 * tests wait for its escalation before answering, so as not to race the timer.
 */
class RecommendationPagesIT {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    private static Items.Setting setting;
    private static long meetingId;
    private static Browser browser;

    @BeforeAll
    static void setUp() {
        setting = Items.childrens();
        LocalDate before = LocalDate.now(COUNCIL).minusMonths(3);
        List<JsonObject> held = TestServer.array(get("democratic", "/api/meetings?committee=" + setting.committeeId()
                + "&to=" + before)).getValuesAs(JsonObject.class).stream()
                .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
        assertThat(held).as("demo meetings more than three months ago").isNotEmpty();
        meetingId = held.get(held.size() - 1).getJsonNumber("id").longValue();
        browser = Browser.signedInAs("democratic");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void democraticServicesTakeRecommendationsFromTheOutcomeToTheItemClosing() {
        String title = Items.uniqueTitle("Re-referrals recommendations");
        long id = itemWithRecommendationsMade(title);

        browser.open("/democratic/item.xhtml?id=" + id);
        browser.submit("#recommendations-link");
        assertThat(browser.text("h1")).isEqualTo("Recommendations");
        assertThat(browser.text("#stage")).isEqualTo("Considered");
        assertThat(browser.text("#no-recommendations")).contains("No recommendations are recorded");
        assertThat(browser.text("#smart-prompt")).contains("specific", "measurable", "time-bound");
        browser.check("recs-record");

        browser.submit("#record-recommendations");
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter at least one recommendation the committee made");
        assertThat(browser.text("#text-1-error")).contains("Enter at least one recommendation");
        browser.check("recs-record-errors-empty");

        browser.type("text-1", "Report each quarter the re-referral rate by locality.");
        browser.type("targetDate-1-day", "31");
        browser.type("targetDate-1-month", "2");
        browser.type("targetDate-1-year", "2027");
        browser.submit("#add-another");
        assertThat(browser.find("#text-1").getAttribute("value"))
                .isEqualTo("Report each quarter the re-referral rate by locality.");
        browser.type("text-2", "Review the threshold document with partners.");
        browser.type("decisionMaker-2", "Portfolio Holder for Children's Services");
        browser.submit("#record-recommendations");
        assertThat(browser.text(".govuk-error-summary")).contains("Enter who decides on recommendation 1",
                "The target date of recommendation 1 must be a real date");
        assertThat(browser.find("#text-2").getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Review the threshold document with partners.");
        assertThat(browser.find("#decisionMaker-2").getAttribute("value"))
                .isEqualTo("Portfolio Holder for Children's Services");
        assertThat(browser.find("#targetDate-1-day").getAttribute("value")).isEqualTo("31");
        browser.check("recs-record-errors");

        browser.type("decisionMaker-1", "Cabinet");
        browser.type("targetDate-1-day", "30");
        browser.type("targetDate-1-month", "9");
        browser.submit("#record-recommendations");
        assertThat(browser.text("#success-message")).isEqualTo("The 2 recommendations are recorded.");
        assertThat(browser.text("#stage")).isEqualTo("Executive response");
        assertThat(browser.text("#recommendation-1")).contains("Report each quarter the re-referral rate by locality.",
                "Cabinet", "to be achieved by Thu 30 Sep 2027");
        assertThat(browser.text("#response-due")).contains("overdue");
        browser.click("#response-due summary");
        assertThat(browser.text("#response-due")).contains("The executive must respond within 2 months",
                "Reminder 10 working days before");
        assertThat(browser.text("#overdue-warning")).contains("overdue");
        awaitEscalation(id);

        browser.open("/democratic/recommendations-tracker.xhtml?committee=" + setting.committeeId());
        assertThat(browser.text("#chases")).contains(title, "2 recommendations");
        browser.check("recs-tracker");
        showTracker("committee=" + setting.committeeId() + "&status=overdue", title + ", recommendation 2");
        assertThat(browser.text("#recommendations")).contains(title, "Review the threshold document with partners.",
                "Portfolio Holder for Children's Services", "Overdue");
        DashboardLists.find(browser, setting.committeeId(), "executive-responses", "a[href$='item=" + id + "']");
        assertThat(browser.text("#executive-responses")).contains(title);
        browser.submit("#executive-responses a[href$='item=" + id + "']");
        assertThat(browser.text("#waiting-for")).isEqualTo("Chase the overdue executive response and record it");
        browser.check("recs-executive-response");

        browser.submit("#record-response");
        assertThat(browser.text(".govuk-error-summary")).contains(
                "Select the recommendation the executive responded to", "Select the executive's decision");
        browser.check("recs-response-errors-empty");
        browser.click("#responseTo");
        browser.click("#decision");
        browser.submit("#record-response");
        assertThat(browser.text("#success-message"))
                .isEqualTo("The executive's response to recommendation 1 is recorded: accepted.");
        assertThat(browser.text("#response-1")).contains("Accepted");
        assertThat(browser.text("#stage")).as("one still awaits its response").isEqualTo("Executive response");

        assertThat(browser.find("#responseTo").isSelected()).as("the only one left").isTrue();
        browser.click("#decision-REJECTED");
        browser.type("respondedOn-day", "31");
        browser.type("respondedOn-month", "2");
        browser.submit("#record-response");
        assertThat(browser.text(".govuk-error-summary")).contains(
                "Enter the executive's reasons for rejecting the recommendation",
                "The date the response was received must be a real date");
        assertThat(browser.find("#decision-REJECTED").isSelected()).as("the choice is kept").isTrue();
        assertThat(browser.find("#respondedOn-day").getAttribute("value")).isEqualTo("31");
        browser.check("recs-response-errors");
        LocalDate today = LocalDate.now(COUNCIL);
        browser.type("reasons", "The threshold document was reviewed with partners in 2025.");
        browser.type("respondedOn-day", String.valueOf(today.getDayOfMonth()));
        browser.type("respondedOn-month", String.valueOf(today.getMonthValue()));
        browser.submit("#record-response");
        assertThat(browser.text("#success-message")).contains("recommendation 2 is recorded: rejected");
        assertThat(browser.text("#stage")).isEqualTo("Monitoring recommendations");
        assertThat(browser.text("#response-2")).contains("Rejected",
                "Reasons: The threshold document was reviewed with partners in 2025.");
        assertThat(browser.findAll("#response-form")).isEmpty();
        browser.check("recs-monitoring");

        browser.submit("#record-progress");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the RAG status",
                "Enter a note on the progress made");
        browser.check("recs-progress-errors");
        browser.click("#ragStatus-AMBER");
        browser.type("notes", "First quarterly report received; localities to follow.");
        browser.submit("#record-progress");
        assertThat(browser.text("#success-message")).contains("Progress on recommendation 1 is recorded: amber");
        assertThat(browser.text("#rag-1")).contains("Amber: acceptable progress");
        assertThat(browser.text("#updates-1")).contains("First quarterly report received; localities to follow.");
        showTracker("committee=" + setting.committeeId() + "&rag=amber", title + ", recommendation 1");
        assertThat(browser.text("#recommendations")).contains("First quarterly report received")
                .doesNotContain("Review the threshold document with partners.");
        assertThat(browser.findAll("#recommendations tbody tr")).allSatisfy(row ->
                assertThat(row.getText()).contains("Amber"));
        assertThat(browser.find("#rag option[selected]").getText()).isEqualTo("Amber: acceptable progress");
        browser.check("recs-tracker-amber");
        browser.open("/democratic/recommendations.xhtml?item=" + id);

        browser.click("#ragStatus");
        browser.type("notes", "Reported by locality every quarter.");
        browser.submit("#record-progress");
        assertThat(browser.text("#success-message")).isEqualTo("Recommendation 1 is marked achieved.");
        assertThat(browser.text("#stage")).isEqualTo("Closed");
        assertThat(browser.text("#rag-1")).contains("Green: achieved");
        assertThat(browser.text("#nothing-to-do")).contains("nothing for democratic services to record");
        browser.check("recs-closed");

        showTracker("committee=" + setting.committeeId() + "&status=rejected",
                "Review the threshold document with partners.");
        assertThat(browser.text("#recommendations"))
                .doesNotContain("Report each quarter the re-referral rate by locality.");
        browser.submit("#nav-recommendations");
        assertThat(browser.text("h1")).isEqualTo("Recommendations tracker");
        showTracker("committee=nonsense&status=achieved", "Reported by locality every quarter.");
        assertThat(browser.text(".govuk-error-summary")).contains("Select a committee from the list");
        browser.check("recs-tracker-filtered");
        showTracker("committee=" + setting.committeeId() + "&status=achieved&rag=green",
                title + ", recommendation 1");
        assertThat(browser.text("#recommendations")).contains("Reported by locality every quarter.");
        browser.open("/democratic/recommendations-tracker.xhtml?rag=purple&status=rejected");
        assertThat(browser.text(".govuk-error-summary")).contains("Select a RAG rating from the list");
        assertThat(browser.text("#rag-error")).contains("Select a RAG rating from the list");
        browser.check("recs-tracker-rag-error");
    }

    @Test
    void theTrackerShowsALongListAPageAtATimeAndNumbersEachRecommendationWithinItsItem() {
        String title = Items.uniqueTitle("Many recommendations");
        long id = itemWithRecommendationsMade(title);
        StringBuilder many = new StringBuilder("{\"recommendations\": [");
        for (int n = 1; n <= 27; n++) {
            many.append(n == 1 ? "" : ",").append("{\"text\": \"Action ").append(n)
                    .append(" of the improvement plan.\", \"decisionMaker\": \"Cabinet\"}");
        }
        ok(post("democratic", "/api/items/" + id + "/recommendations", many.append("]}").toString()), 201);

        String filter = "committee=" + setting.committeeId() + "&status=awaiting";
        browser.open("/democratic/recommendations-tracker.xhtml?" + filter);
        assertThat(browser.text("#recommendations caption")).contains("1 to 25 of");
        assertThat(browser.findAll("#recommendations tbody tr")).hasSize(25);
        assertThat(browser.find("#pagination [aria-current='page']").getText()).isEqualTo("1");
        browser.check("recs-tracker-page-1");
        browser.submit("#pagination-next");
        assertThat(browser.text("#recommendations caption")).contains("26 to");
        assertThat(browser.find("#pagination [aria-current='page']").getText()).isEqualTo("2");
        assertThat(browser.find("#pagination a[rel='prev']").getAttribute("href")).contains(filter)
                .endsWith("page=1#recommendations");
        browser.check("recs-tracker-page-2");

        browser.open("/democratic/recommendations-tracker.xhtml?" + filter + "&page=99999");
        List<org.openqa.selenium.WebElement> links = browser.findAll("#pagination .govuk-pagination__item a");
        assertThat(browser.find("#pagination [aria-current='page']").getText()).as("a stale page shows the last")
                .isEqualTo(links.get(links.size() - 1).getText());
        assertThat(browser.findAll("#pagination-next")).isEmpty();

        showTracker(filter, title + ", recommendation 27");
        assertThat(browser.text("#recommendations")).contains("Action 27 of the improvement plan.");
        showTracker(filter, title + ", recommendation 1");
    }

    /**
     * Opens the tracker with the filter and follows "Next" until the page lists the text: a committee's list grows
     * with every test run against the same database, so what a test made need not be on the first page.
     */
    private static void showTracker(String filter, String text) {
        browser.open("/democratic/recommendations-tracker.xhtml?" + filter);
        for (int page = 1; page <= 200; page++) {
            if (!browser.findAll("#recommendations").isEmpty() && browser.text("#recommendations").contains(text)) {
                return;
            }
            if (browser.findAll("#pagination-next").isEmpty()) {
                break;
            }
            browser.submit("#pagination-next");
        }
        throw new AssertionError("The tracker (" + filter + ") does not list \"" + text + "\"");
    }

    @Test
    void aFormSentAfterTheRecommendationsWereRecordedElsewhereSaysWhatIsAllowedNow() {
        long id = itemWithRecommendationsMade(Items.uniqueTitle("Recommendations moved on"));
        browser.open("/democratic/recommendations.xhtml?item=" + id);
        browser.type("text-1", "Publish the waiting times each month.");
        browser.type("decisionMaker-1", "Cabinet");

        ok(post("democratic", "/api/items/" + id + "/recommendations", """
                {"recommendations": [{"text": "Publish waiting times monthly.", "decisionMaker": "Cabinet"}]}
                """), 201);

        browser.submit("#record-recommendations");
        assertThat(browser.text(".govuk-error-summary")).contains("The item has moved on",
                "Allowed now: record the executive's response, withdraw the item.");
        assertThat(browser.findAll("#recommendations-form")).as("recording is no longer offered").isEmpty();
        assertThat(browser.findAll("#response-form")).hasSize(1);
        assertThat(browser.text("#recommendation-1")).contains("Publish waiting times monthly.");
        browser.check("recs-moved-on");

        browser.open("/democratic/recommendations.xhtml?item=999999");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }

    @Test
    void membersSeeResponsesAndRagAndThePublicSeesTheResponsesWithoutProgressNotes() {
        String title = Items.uniqueTitle("Recommendations followed");
        long id = itemWithRecommendationsMade(title);
        ok(post("democratic", "/api/items/" + id + "/recommendations", """
                {"recommendations": [
                  {"text": "Open a family hub in each locality by 2028.", "decisionMaker": "Cabinet"},
                  {"text": "Stop charging for the parenting course.", "decisionMaker": "Cabinet"}]}
                """), 201);
        JsonObject recorded = awaitEscalation(id);
        long hubs = recorded.getJsonArray("recommendations").getJsonObject(0).getJsonNumber("id").longValue();
        long course = recorded.getJsonArray("recommendations").getJsonObject(1).getJsonNumber("id").longValue();
        ok(post("democratic", "/api/items/" + id + "/recommendations/" + hubs + "/executive-response",
                "{\"decision\": \"PARTLY_ACCEPTED\", \"reasons\": \"Hubs in four of the six localities.\"}"), 200);
        ok(post("democratic", "/api/items/" + id + "/recommendations/" + course + "/executive-response",
                "{\"decision\": \"REJECTED\", \"reasons\": \"The charge funds the course.\"}"), 200);
        ok(post("democratic", "/api/items/" + id + "/recommendations/" + hubs + "/progress",
                "{\"ragStatus\": \"RED\", \"notes\": \"Internal: the site in the north fell through.\"}"), 200);

        try (Browser member = Browser.signedInAs("member")) {
            member.open("/member/items.xhtml");
            assertThat(member.text("#item-" + id)).contains(title, "In monitoring");
            member.check("recs-member-items");
            member.submit("#item-" + id + " a");
            assertThat(member.text("#recommendations")).contains("Open a family hub in each locality by 2028.",
                    "Partly accepted", "Hubs in four of the six localities.", "Red: unacceptable progress",
                    "Stop charging for the parenting course.", "Rejected", "The charge funds the course.");
            member.check("recs-member-item");
        }

        try (Browser anyone = new Browser()) {
            anyone.open("/public/outcomes.xhtml");
            assertThat(anyone.text("#outcome-" + id)).contains("Open a family hub in each locality by 2028.",
                    "Partly accepted", "Hubs in four of the six localities.", "Rejected",
                    "The charge funds the course.");
            assertThat(anyone.mainText()).doesNotContain("the site in the north fell through")
                    .doesNotContain("unacceptable progress");
            anyone.check("recs-public-outcomes");
        }
    }

    /** Red flag to the outcome "recommendations made" at the meeting long past, through the API. */
    private static long itemWithRecommendationsMade(String title) {
        long id = ok(post("member", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Re-referrals within 12 months",
                 "severity": "HIGH", "whyItMatters": "Re-referrals rose for the third year running."}
                """.formatted(setting.committeeId(), setting.dataSourceId(), title)), 201)
                .getJsonNumber("id").longValue();
        Api.triageReport(id, meetingId);
        Api.agreeKloe(id);
        Api.issue(id);
        Api.submit(id);
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        JsonObject item = ok(get("democratic", "/api/items/" + id), 200);
        ok(post("democratic", "/api/items/" + id + "/publish", "{\"publishedOn\": \""
                + item.getJsonObject("targetMeeting").getString("publicationDate") + "\"}"), 200);
        ok(post("democratic", "/api/items/" + id + "/record-outcome",
                "{\"resolution\": \"RECOMMENDATIONS_MADE\", \"text\": \"The committee made recommendations.\"}"), 200);
        return id;
    }

    /**
     * Waits (a minute at most) for the overdue response's escalation, which the job executor runs within seconds,
     * and answers the item's recommendations then. Watches the item's timeline: the escalation's entry and the
     * chase task that replaces the response task are written in one transaction. A read that meets the timer's job
     * on embedded Derby can be chosen as a deadlock victim (a 500: reported, not this page's to fix), so a failed
     * read is tried again until the minute is up.
     */
    private static JsonObject awaitEscalation(long id) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        String last = "";
        while (Instant.now().isBefore(giveUp)) {
            HttpResponse<String> timeline = get("democratic", "/api/items/" + id + "/timeline");
            last = timeline.statusCode() + " " + timeline.body();
            if (timeline.statusCode() == 200 && TestServer.array(timeline).getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("whatChanged").startsWith("Executive response overdue"))) {
                return ok(get("democratic", "/api/items/" + id + "/recommendations"), 200);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No escalation of item " + id + " after a minute; last read: " + last);
    }
}
