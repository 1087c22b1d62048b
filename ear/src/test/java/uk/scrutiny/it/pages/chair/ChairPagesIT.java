package uk.scrutiny.it.pages.chair;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import uk.scrutiny.it.lifecycle.Api;
import uk.scrutiny.it.pages.Browser;

/**
 * The chair's tasks as chair, through their pages: a red flag a member raised is triaged to a meeting from the
 * chair's start page (a form sent incomplete is shown again with the GOV.UK error summary and what was typed), or
 * sent for background enquiries first, and a report past its publication date is agreed as urgent with the reason. The item moves on and its timeline names
 * the chair. A member who is not a chair is refused the pages. Every page visited is checked with axe-core.
 */
class ChairPagesIT {

    private static final String WHY = "The Ofsted monitoring letter arrived after the publication date.";

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void theChairTriagesARedFlagRaisedByAMemberToAMeeting() {
        String title = Api.uniqueTitle("Agency social workers");
        long id = Api.id(Api.raise(setting, title));
        long meetingId = Api.id(Api.scheduleMeetings(setting, 1).get(0));

        try (Browser chair = Browser.signedInAs("chair")) {
            assertThat(chair.driver.getCurrentUrl()).as("the chair's start page")
                    .isEqualTo(Browser.BASE_URL + "/chair/tasks.xhtml");
            assertThat(chair.text("h1")).isEqualTo("Your tasks as chair");
            assertThat(chair.find("#nav-chair").getAttribute("href")).endsWith("/chair/tasks.xhtml");
            String row = "#red-flag-" + id;
            // Days left, or "due today" when the next meeting's publication date is today (earlier tests' meetings).
            assertThat(chair.text(row)).contains(title).contains("Cllr Mo Example").containsPattern(
                    "working days?|due today|overdue");
            chair.click(row + " summary");
            assertThat(chair.text(row)).contains("clear working days");
            chair.check("chair-tasks");

            chair.submit("#triage-link-" + id);
            assertThat(chair.text("#item-title")).isEqualTo(title);
            assertThat(chair.text("#stage")).isEqualTo("Triage");
            assertThat(chair.text("#red-flag")).contains("Cllr Mo Example").contains("Re-referrals");
            chair.check("chair-item-triage");

            chair.submit("#triage");
            assertThat(chair.text(".govuk-error-summary")).contains("Select what to do with the red flag");
            assertThat(chair.text("#decision-error")).contains("Select what to do with the red flag");
            chair.check("chair-item-triage-errors");

            chair.click("#decision-REPORT");
            chair.type("triageReason", "Agency spend doubled in two years");
            chair.submit("#triage");
            assertThat(chair.text(".govuk-error-summary")).contains("Select the meeting the report is to go to");
            assertThat(chair.find("#decision-REPORT").isSelected()).as("the choice is kept").isTrue();
            assertThat(chair.find("#triageReason").getAttribute("value")).as("the reason is kept")
                    .isEqualTo("Agency spend doubled in two years");
            chair.check("chair-item-triage-no-meeting");

            new Select(chair.find("#meeting")).selectByValue(String.valueOf(meetingId));
            chair.submit("#triage");
            assertThat(chair.driver.getCurrentUrl()).endsWith("/chair/tasks.xhtml");
            assertThat(chair.text("#success-message")).contains("triaged: report");
            assertThat(chair.findAll("#red-flag-" + id)).as("no longer awaiting triage").isEmpty();
            chair.check("chair-tasks-triaged");
        }

        JsonObject item = Api.ok(Api.get("democratic", "/api/items/" + id), 200);
        assertThat(item.getString("stage")).isEqualTo("scoping");
        assertThat(Api.id(item.getJsonObject("targetMeeting"))).isEqualTo(meetingId);
        List<JsonObject> triaged = Api.timeline(id).stream()
                .filter(e -> !Api.absent(e, "fromStage") && "triage".equals(e.getString("fromStage"))).toList();
        assertThat(triaged).as("the timeline records the chair's triage").singleElement().satisfies(e -> {
            assertThat(e.getString("who")).isEqualTo("chair");
            assertThat(e.getString("toStage")).isEqualTo("scoping");
        });
    }

    @Test
    void theChairAsksForBackgroundEnquiriesBeforeDeciding() {
        String title = Api.uniqueTitle("Care leavers in unsuitable accommodation");
        long id = Api.id(Api.raise(setting, title));

        try (Browser chair = Browser.signedInAs("chair")) {
            chair.submit("#triage-link-" + id);
            new Select(chair.find("#enquirer")).selectByValue("officer");
            chair.submit("#start-enquiries");
            assertThat(chair.text(".govuk-error-summary"))
                    .contains("Enter what the background enquiries are to find out");
            assertThat(new Select(chair.find("#enquirer")).getFirstSelectedOption().getAttribute("value"))
                    .as("the officer chosen is kept").isEqualTo("officer");
            chair.check("chair-item-enquiries-errors");

            chair.type("whatToFindOut", "How many care leavers aged 19 to 21 are in unsuitable accommodation");
            chair.submit("#start-enquiries");
            assertThat(chair.driver.getCurrentUrl()).endsWith("/chair/tasks.xhtml");
            assertThat(chair.text("#success-message")).contains("Background enquiries have been asked for");
            assertThat(chair.findAll("#red-flag-" + id)).as("no longer awaiting triage").isEmpty();
        }

        assertThat(Api.ok(Api.get("democratic", "/api/items/" + id), 200).getString("stage"))
                .isEqualTo("background_enquiries");
        assertThat(Api.tasksFor("officer", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-findings"));
        JsonObject entry = Api.lastEntry(id);
        assertThat(entry.getString("who")).isEqualTo("chair");
        assertThat(entry.getString("why")).isEqualTo(
                "How many care leavers aged 19 to 21 are in unsuitable accommodation");
    }

    @Test
    void theChairAgreesToTakeALateReportAsUrgent() {
        JsonObject meeting = Api.meetingPastItsPublicationDate(setting);
        String title = Api.uniqueTitle("Ofsted monitoring visit");
        long id = Api.id(Api.acceptedFor(setting, Api.id(meeting), title));

        try (Browser chair = Browser.signedInAs("chair")) {
            String row = "#urgent-" + id;
            assertThat(chair.text(row)).contains(title).contains("overdue");
            chair.click(row + " summary");
            assertThat(chair.text(row)).contains("clear working days");
            chair.check("chair-tasks-urgent");

            chair.submit("#urgent-link-" + id);
            assertThat(chair.text("#item-title")).isEqualTo(title);
            assertThat(chair.text("#publication-date")).contains("overdue");
            assertThat(chair.findAll("#triage-form")).as("nothing to triage").isEmpty();
            chair.check("chair-item-urgent");

            chair.submit("#agree-urgent");
            assertThat(chair.text(".govuk-error-summary")).contains("Enter why the item cannot wait");
            assertThat(chair.text("#urgentReason-error")).contains("Enter why the item cannot wait");
            chair.check("chair-item-urgent-errors");

            chair.type("urgentReason", WHY);
            chair.submit("#agree-urgent");
            assertThat(chair.driver.getCurrentUrl()).endsWith("/chair/tasks.xhtml");
            assertThat(chair.text("#success-message")).contains("as an urgent item");
            assertThat(chair.findAll(row)).as("no longer awaiting the chair").isEmpty();
            chair.check("chair-tasks-urgent-agreed");
        }

        JsonObject item = Api.ok(Api.get("democratic", "/api/items/" + id), 200);
        assertThat(item.getJsonObject("urgent").getString("chair")).isEqualTo("chair");
        assertThat(item.getJsonObject("urgent").getString("reason")).isEqualTo(WHY);
        assertThat(Api.strings(item, "allowedActions")).contains("publish").doesNotContain("agree-urgent");
        JsonObject entry = Api.lastEntry(id);
        assertThat(entry.getString("who")).isEqualTo("chair");
        assertThat(entry.getString("whatChanged")).startsWith("Taken as an urgent item");
    }

    @Test
    void aMemberWhoIsNotAChairIsRefusedTheChairsPages() throws IOException, InterruptedException {
        try (Browser member = Browser.signedInAs("member")) {
            assertThat(member.findAll("#nav-chair")).as("no link to pages they cannot see").isEmpty();
            member.open("/chair/tasks.xhtml");
            assertThat(member.text("h1")).isEqualTo("You cannot see this page");
            member.check("chair-tasks-refused-to-member");

            // The same request, with the member's session, as HTTP sees it.
            String cookies = member.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(
                    URI.create(Browser.BASE_URL + "/chair/tasks.xhtml")).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.body()).contains("You cannot see this page");
        }
    }
}
