package uk.scrutiny.it.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.pages.DashboardLists;

/**
 * Democratic services take a red flag to a recorded outcome through their pages: triage, key lines of enquiry,
 * the request to the lead officer, review of the response (which the officer sends through the API), publication
 * and the outcome. Every page is checked with axe-core, those showing errors included. The demo meetings have all
 * taken place, so the item goes to a past meeting, as in the lifecycle tests: its request is due on the day it is
 * issued, and it can be published on its meeting's publication date and its outcome recorded straight away.
 */
class DemocraticServicesPagesIT {

    private static Browser browser;
    private static long committeeId;
    private static long meetingId;
    private static long dataSourceId;

    @BeforeAll
    static void signIn() {
        findDemoData();
        browser = Browser.signedInAs("democratic");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aRedFlagIsTakenToARecordedOutcome() {
        String title = "Re-referrals " + UUID.randomUUID();
        long id = raiseRedFlag(title);

        DashboardLists.find(browser, committeeId, "tasks", "#task-" + id);
        assertThat(browser.text("h1")).isEqualTo("Deadline dashboard");
        assertThat(browser.text("#tasks")).contains(title);
        browser.check("ds-dashboard");

        browser.submit("#tasks a[href$='id=" + id + "']");
        assertThat(browser.text("#item-title")).isEqualTo(title);
        assertThat(browser.text("#stage")).isEqualTo("Triage");
        browser.check("ds-item-triage");

        browser.submit("#triage");
        assertThat(browser.text(".govuk-error-summary")).contains("Select what to do with the red flag");
        browser.check("ds-item-triage-errors");

        browser.click("#decision-REPORT");
        browser.type("triageReason", "Third year of rising re-referrals");
        browser.submit("#triage");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the meeting the report is to go to");
        assertThat(browser.find("#decision-REPORT").isSelected()).as("the choice is kept").isTrue();
        assertThat(browser.find("#triageReason").getAttribute("value")).isEqualTo("Third year of rising re-referrals");
        browser.check("ds-item-triage-no-meeting");

        new Select(browser.find("#meeting")).selectByValue(String.valueOf(meetingId));
        browser.submit("#triage");
        assertThat(browser.text("#success-message")).contains("triaged: report");
        assertThat(browser.text("#stage")).isEqualTo("Scoping");
        assertThat(browser.text("#publication-date")).contains("overdue");
        browser.click("#publication-date summary");
        assertThat(browser.text("#publication-date")).contains("clear working days");
        browser.check("ds-item-scoping");

        browser.submit("#agree-kloe");
        assertThat(browser.text("#questions-error")).contains("Enter at least one key question or data request");
        browser.check("ds-item-kloe-errors");

        browser.type("questions", "Why have re-referrals risen?\nWhat has changed in the front door since 2023?");
        browser.type("dataRequests", "Re-referrals by locality, 2021-2025");
        browser.click("#inclusions-COSTINGS_AND_BUDGET");
        browser.submit("#agree-kloe");
        assertThat(browser.text("#success-message")).contains("key lines of enquiry are agreed");
        assertThat(browser.text(".govuk-notification-banner")).as("agreed after the meeting: late")
                .contains("later than one meeting cycle before the meeting");
        assertThat(browser.text("#existing-lines")).contains("Why have re-referrals risen?",
                "Re-referrals by locality, 2021-2025");
        browser.check("ds-item-issue");

        browser.submit("#issue-request");
        assertThat(browser.text("#officers-error")).contains("Select at least one officer");
        browser.check("ds-item-issue-errors");
        browser.click("input[name='officers'][value='officer']");
        browser.submit("#issue-request");
        assertThat(browser.text("#stage")).isEqualTo("Request issued");
        assertThat(browser.text("#requests")).contains("Olu Example", "due today");
        assertThat(browser.text("#waiting-for")).isNotBlank();

        DashboardLists.find(browser, committeeId, "due-soon", "a[href$='id=" + id + "']");
        assertThat(browser.text("#due-soon")).as("due today, on the day it was issued").contains(title);
        browser.check("ds-dashboard-due-soon");

        HttpResponse<String> submitted = TestServer.sendAs("officer", "POST", "/api/items/" + id
                + "/submit-response", """
                {"answers": [{"line": 1, "text": "Threshold changes in 2023."},
                             {"line": 2, "text": "A new multi-agency front door."},
                             {"line": 3, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "LIMITATIONS_OF_THE_DATA", "reason": "Not yet assessed."}]}
                """);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#stage")).isEqualTo("Response review");
        assertThat(browser.text("#response")).contains("Threshold changes in 2023.", "Not provided: Not yet assessed.")
                .doesNotContain("Costings and budget");
        browser.submit("#return-response");
        assertThat(browser.text("#returnReason-error")).contains("Enter what more the officer needs to give");
        browser.check("ds-item-review-errors");
        browser.submit("#accept-response");
        assertThat(browser.text("#success-message")).contains("accepted");
        assertThat(browser.text("#stage")).isEqualTo("Response review");

        String publication = browser.text("#publication-date");
        browser.type("publishedOn-day", "31");
        browser.type("publishedOn-month", "2");
        browser.submit("#publish");
        assertThat(browser.text("#publishedOn-error")).contains("must be a real date");
        assertThat(browser.find("#publishedOn-day").getAttribute("value")).isEqualTo("31");
        browser.check("ds-item-publish-errors");
        browser.open("/democratic/item.xhtml?id=" + id);
        browser.submit("#publish");
        assertThat(browser.text("#stage")).isEqualTo("Published");
        assertThat(publication).startsWith(browser.text("#published-on"));
        browser.check("ds-item-published");

        browser.type("outcomeText", "The committee noted the report.");
        browser.submit("#record-outcome");
        assertThat(browser.text(".govuk-error-summary")).contains("Select what the committee resolved");
        assertThat(browser.find("#outcomeText").getAttribute("value")).isEqualTo("The committee noted the report.");
        browser.check("ds-item-outcome-errors");
        browser.click("#resolution");
        browser.submit("#record-outcome");
        assertThat(browser.text("#stage")).isEqualTo("Closed");
        assertThat(browser.text("#nothing-to-do")).contains("nothing for democratic services to do");
        browser.click("#timeline-details summary");
        assertThat(browser.text("#timeline")).contains("Request issued to Olu Example", "Report published on");
        browser.check("ds-item-closed");
    }

    @Test
    void aRequestGoesToTwoOfficersAndEachResponseIsReviewedOnItsOwn() {
        String title = "Two officers " + UUID.randomUUID();
        long id = raiseRedFlag(title);
        HttpResponse<String> triaged = TestServer.sendAs("chair", "POST", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", \"meetingId\": " + meetingId + "}");
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);
        HttpResponse<String> agreed = TestServer.sendAs("democratic", "POST", "/api/items/" + id + "/agree-kloe",
                "{\"questions\": [\"Why have re-referrals risen?\"]}");
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#issue-heading")).isEqualTo("Issue the request to the lead officers");
        browser.click("input[name='officers'][value='officer']");
        browser.click("input[name='officers'][value='officer2']");
        browser.submit("#issue-request");
        assertThat(browser.text("#success-message")).contains("sent to Olu Example", "Oona Example");
        assertThat(browser.text("#stage")).isEqualTo("Request issued");
        assertThat(browser.text("#requests")).contains("Olu Example", "Oona Example");
        assertThat(browser.findAll("#requests tbody tr")).hasSize(2).allSatisfy(
                row -> assertThat(row.getText()).contains("Open", "due today"));
        assertThat(browser.text("#issue-heading")).as("a colleague can still be asked")
                .isEqualTo("Ask a further officer");
        browser.check("ds-item-two-officers");
        try (Browser member = Browser.signedInAs("member")) {
            member.open("/member/item.xhtml?id=" + id);
            assertThat(member.text("#waiting-on")).contains("Olu Example (Lead Officer)", " and ",
                    "Oona Example (Report Author)").endsWith("(the officers still to respond)");
        }

        for (String officer : List.of("officer2", "officer")) {
            HttpResponse<String> submitted = TestServer.sendAs(officer, "POST", "/api/items/" + id
                    + "/submit-response", """
                    {"answers": [{"line": 1, "text": "The part %s knows."}]}
                    """.formatted(officer));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        }
        JsonArray requests = TestServer.object(TestServer.sendAs("democratic", "GET", "/api/items/" + id, null))
                .getJsonArray("requests");
        long olu = requestId(requests, "officer");
        long oona = requestId(requests, "officer2");

        // Each response has its own entry on the dashboard, and each opens that response.
        DashboardLists.find(browser, committeeId, "tasks", "a[href*='id=" + id + "&review=" + olu + "#']");
        DashboardLists.find(browser, committeeId, "tasks", "a[href*='id=" + id + "&review=" + oona + "#']");
        browser.submit("#tasks a[href*='id=" + id + "&review=" + oona + "#']");
        assertThat(browser.text("#review-heading")).isEqualTo("Review the response from Oona Example (Report Author)");
        assertThat(browser.text("#response")).contains("The part officer2 knows.");
        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#stage")).isEqualTo("Response review");
        assertThat(browser.text("#responses-waiting")).contains("2 responses are waiting for review");
        browser.submit("#review-link-" + oona);
        assertThat(browser.text("#review-heading")).isEqualTo("Review the response from Oona Example (Report Author)");
        assertThat(browser.text("#response")).contains("The part officer2 knows.").doesNotContain("officer knows");
        browser.check("ds-item-review-one-of-two");
        browser.type("returnReason", "Add the 2025 figures");
        browser.submit("#return-response");
        assertThat(browser.text("#success-message")).contains("returned to Oona Example");
        assertThat(browser.text("#stage")).isEqualTo("Request issued");
        assertThat(browser.text("#request-" + oona)).contains("Open");
        assertThat(browser.text("#request-" + olu)).contains("Responded");

        assertThat(browser.text("#review-heading")).isEqualTo("Review the response from Olu Example (Lead Officer)");
        browser.submit("#accept-response");
        assertThat(browser.text("#success-message")).contains("from Olu Example", "still waits for 1 other response");
        assertThat(browser.text("#request-" + olu)).contains("Accepted");
        assertThat(browser.findAll("#publish-form")).as("not before Oona's response is accepted").isEmpty();

        HttpResponse<String> again = TestServer.sendAs("officer2", "POST", "/api/items/" + id
                + "/submit-response", "{\"answers\": [{\"line\": 1, \"text\": \"With the 2025 figures.\"}]}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#response")).contains("With the 2025 figures.");
        browser.submit("#accept-response");
        assertThat(browser.text("#success-message")).contains("The report can now be published");
        assertThat(browser.findAll("#publish-form")).hasSize(1);
        browser.click("#timeline-details summary");
        assertThat(browser.text("#timeline")).contains("Request issued to Olu Example", "Request issued to Oona Example",
                "Response from Oona Example (Report Author) returned for more");
        browser.check("ds-item-both-accepted");
    }

    @Test
    void theItemPageShowsTheBackgroundEnquiriesWhoWasAskedWhenAndTheFindingsOnceRecorded() {
        String title = "Background enquiries " + UUID.randomUUID();
        long id = raiseRedFlag(title);
        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.findAll("#background-enquiries-heading")).as("none asked for yet").isEmpty();

        String question = "Is the rise a recording change after the new front door?";
        HttpResponse<String> started = TestServer.sendAs("chair", "POST", "/api/items/" + id + "/start-enquiries",
                "{\"officer\": \"officer\", \"whatToFindOut\": \"" + question + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String today = DisplayDate.format(LocalDate.now(ZoneId.of("Europe/London")));

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#stage")).isEqualTo("Background enquiries");
        assertThat(browser.findAll("dl[id^='background-enquiry-']")).as("one enquiry").hasSize(1);
        assertThat(browser.text("#background-enquiry-1-asked")).isEqualTo(today + " by Cllr Chris Example");
        assertThat(browser.text("#background-enquiry-1-question")).isEqualTo(question);
        assertThat(browser.text("#background-enquiry-1")).contains("Who makes them");
        assertThat(browser.text("#background-enquiry-1-by")).isEqualTo("Olu Example (Lead Officer)");
        assertThat(browser.text("#background-enquiry-1-findings")).startsWith("Not recorded yet");
        browser.check("ds-item-background-enquiries-under-way");

        String findings = "Mostly a recording change: 40 of the 52 re-referrals were closed contacts.";
        HttpResponse<String> recorded = TestServer.sendAs("officer", "POST", "/api/items/" + id + "/record-findings",
                "{\"findings\": \"" + findings + "\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#stage")).isEqualTo("Triage");
        assertThat(browser.text("#background-enquiry-1-question")).isEqualTo(question);
        assertThat(browser.text("#background-enquiry-1")).contains("Made by").doesNotContain("Who makes them");
        assertThat(browser.text("#background-enquiry-1-by")).isEqualTo("Olu Example (Lead Officer)");
        assertThat(browser.text("#background-enquiry-1-findings")).isEqualTo(findings + "\nRecorded on " + today);
        browser.check("ds-item-background-findings");

        HttpResponse<String> again = TestServer.sendAs("democratic", "POST", "/api/items/" + id + "/start-enquiries",
                "{\"whatToFindOut\": \"Which localities?\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.text("#background-enquiry-1-findings")).as("the first enquiries' findings, kept")
                .isEqualTo(findings + "\nRecorded on " + today);
        assertThat(browser.text("#background-enquiry-2-asked")).isEqualTo(today + " by Dana Example (Democratic "
                + "Services)");
        assertThat(browser.text("#background-enquiry-2-by")).isEqualTo("Democratic services");
        assertThat(browser.text("#background-enquiry-2-findings")).startsWith("Not recorded yet");
        browser.check("ds-item-background-enquiries-again");
    }

    private static long requestId(JsonArray requests, String officer) {
        return requests.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("officer").equals(officer))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aFormSentAfterSomeoneElseMovedTheItemOnSaysWhatIsAllowedNow() {
        String title = "Moved on " + UUID.randomUUID();
        long id = raiseRedFlag(title);
        browser.open("/democratic/item.xhtml?id=" + id);
        browser.click("#decision"); // no further action, the first choice
        browser.type("triageReason", "A single data point");

        HttpResponse<String> byChair = TestServer.sendAs("chair", "POST", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", \"meetingId\": " + meetingId + "}");
        assertThat(byChair.statusCode()).as(byChair.body()).isEqualTo(200);

        browser.submit("#triage");
        assertThat(browser.text(".govuk-error-summary")).contains("The item has moved on")
                .contains("Allowed now: agree the key lines of enquiry, withdraw the item.");
        assertThat(browser.text("#stage")).isEqualTo("Scoping");
        assertThat(browser.findAll("#triage-form")).as("triage is no longer offered").isEmpty();
        assertThat(browser.findAll("#kloe-form")).hasSize(1);
        browser.check("ds-item-moved-on");

        browser.submit("#withdraw");
        assertThat(browser.text("#withdrawReason-error")).contains("Enter why the item is being withdrawn");
        browser.type("withdrawReason", "Covered by the annual report");
        browser.submit("#withdraw");
        assertThat(browser.text("#success-message")).contains("withdrawn");
        assertThat(browser.text("#stage")).isEqualTo("Withdrawn");
        browser.check("ds-item-withdrawn");
    }

    @Test
    void anItemOnAComingAgendaIsFollowedOnTheDashboardAndMovedToALaterMeetingFromThePlanner() {
        JsonObject first = scheduleMeeting(LocalDate.now().plusDays(21));
        JsonObject later = scheduleMeeting(LocalDate.parse(first.getString("date")).plusDays(35));
        long firstId = first.getJsonNumber("id").longValue();
        long laterId = later.getJsonNumber("id").longValue();
        String title = "Coming agenda " + UUID.randomUUID();
        long id = raiseRedFlag(title);
        HttpResponse<String> triaged = TestServer.sendAs("chair", "POST", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", \"meetingId\": " + firstId + "}");
        assertThat(triaged.statusCode()).as(triaged.body()).isEqualTo(200);

        DashboardLists.find(browser, committeeId, "meetings", "#coming-" + firstId);
        assertThat(browser.text("#meeting-" + firstId)).contains(first.getString("date").substring(0, 4));
        assertThat(Integer.parseInt(browser.text("#items-" + firstId))).as("the item on its agenda").isPositive();
        browser.check("ds-dashboard-coming-meetings");
        browser.submit("#meeting-" + firstId);
        assertThat(browser.text("#agenda-item-" + id)).contains(title, "No request yet");
        browser.check("ds-agenda");

        LocalDate firstDate = LocalDate.parse(first.getString("date"));
        int year = firstDate.getMonthValue() >= 5 ? firstDate.getYear() : firstDate.getYear() - 1;
        browser.open("/democratic/planner.xhtml?committee=" + committeeId + "&year=" + year);
        assertThat(browser.text("#section-" + firstId)).contains(title, "Scoping", "No request yet");
        browser.check("ds-planner");

        browser.submit("#section-" + firstId + " a[href$='move.xhtml?id=" + id + "']");
        assertThat(browser.text("h1")).isEqualTo("Move to another meeting");
        browser.check("ds-move");
        browser.submit("#move");
        assertThat(browser.text(".govuk-error-summary")).contains("Select the meeting to move the item to",
                "Enter why the item is moving");
        browser.check("ds-move-errors");

        new Select(browser.find("#meeting")).selectByValue(String.valueOf(laterId));
        browser.type("reason", "The lead officer is on leave until then");
        browser.submit("#move");
        assertThat(browser.text("#success-message")).contains("moved to the meeting on", "reports published",
                "officer responses due");
        assertThat(browser.text("#section-" + laterId)).contains(title);
        browser.check("ds-planner-after-move");

        browser.open("/democratic/item.xhtml?id=" + id);
        assertThat(browser.find("#meeting-date").getText()).doesNotContain("(held)");
        browser.click("#timeline-details summary");
        assertThat(browser.text("#timeline")).contains("Deferred from the meeting on", "on leave until then");
    }

    @Test
    void onlyDemocraticServicesReachTheirPagesAndAMissingItemIsNotFound() {
        try (Browser member = Browser.signedInAs("member")) {
            member.open("/democratic/dashboard.xhtml");
            assertThat(member.text("h1")).isEqualTo("You cannot see this page");
        }
        browser.open("/democratic/item.xhtml?id=999999");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.open("/democratic/item.xhtml?id=nonsense");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }

    /** A meeting of the committee on the first free day from the one given (other tests schedule meetings too). */
    private static JsonObject scheduleMeeting(LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusDays(30)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            HttpResponse<String> scheduled = TestServer.sendAs("democratic", "POST", "/api/meetings", """
                    {"committeeId": %d, "date": "%s", "startTime": "18:00", "venue": "Committee Room 2"}
                    """.formatted(committeeId, day));
            if (scheduled.statusCode() == 201) {
                return TestServer.object(scheduled);
            }
            assertThat(scheduled.body()).as("only a day the committee already meets is refused")
                    .contains("already meets");
        }
        throw new AssertionError("No free day for a meeting from " + from);
    }

    private static long raiseRedFlag(String title) {
        HttpResponse<String> raised = TestServer.sendAs("member", "POST", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Re-referrals within 12 months",
                 "severity": "HIGH", "whyItMatters": "Re-referrals rose for the third year running."}
                """.formatted(committeeId, dataSourceId, title));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        return TestServer.object(raised).getJsonNumber("id").longValue();
    }

    /** The committee with the most meetings already held, its second-to-last meeting, and a data source. */
    private static void findDemoData() {
        List<JsonObject> best = List.of();
        for (JsonValue c : TestServer.array(TestServer.sendAs("democratic", "GET", "/api/committees", null))) {
            long id = ((JsonObject) c).getJsonNumber("id").longValue();
            List<JsonObject> held = TestServer.array(TestServer.sendAs("democratic", "GET", "/api/meetings?committee="
                    + id + "&to=" + LocalDate.now().minusDays(1), null)).getValuesAs(JsonObject.class).stream()
                    .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
            if (held.size() > best.size()) {
                best = held;
                committeeId = id;
            }
        }
        assertThat(best).as("demo meetings").hasSizeGreaterThanOrEqualTo(2);
        meetingId = best.get(best.size() - 2).getJsonNumber("id").longValue();
        JsonArray sources = TestServer.array(TestServer.sendAs("democratic", "GET", "/api/data-sources", null));
        dataSourceId = sources.getJsonObject(0).getJsonNumber("id").longValue();
    }
}
