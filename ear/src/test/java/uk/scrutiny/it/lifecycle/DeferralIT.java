package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.lastEntry;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.scheduleMeetings;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.submit;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deferral of an item to a later meeting of its committee by democratic services, over HTTP: every deadline
 * follows the new meeting (the item's meeting deadlines, the open request's due date, the officer task's due date
 * in my-tasks), a published report goes back to be published again, and the refusals: a meeting already held
 * (409), no reason or no later meeting (422), someone other than democratic services (403).
 */
class DeferralIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    private static JsonObject defer(long itemId, long meetingId, String reason) {
        return ok(post("democratic", "/api/items/" + itemId + "/defer",
                "{\"meetingId\": " + meetingId + ", \"reason\": \"" + reason + "\"}"), 200);
    }

    @Test
    void deferringAnIssuedRequestMovesEveryDeadlineToTheLaterMeeting() {
        List<JsonObject> meetings = scheduleMeetings(setting, 2);
        JsonObject first = meetings.get(0);
        JsonObject later = meetings.get(1);
        long id = id(raise(setting, uniqueTitle("Deferred with its request")));
        triageReport(id, id(first));
        agreeKloe(id);
        JsonObject issued = issue(id);
        LocalDate firstDue = date(first, "officerResponseDue");
        assertThat(date(issued.getJsonArray("requests").getJsonObject(0), "due")).isEqualTo(firstDue);
        assertThat(strings(issued, "allowedActions")).containsExactly("submit-response", "issue-request", "defer", "withdraw");
        assertThat(strings(ok(get("democratic", "/api/items/" + id), 200), "yourActions"))
                .containsExactly("issue-request", "defer", "withdraw");
        assertThat(strings(ok(get("officer", "/api/items/" + id), 200), "yourActions"))
                .containsExactly("submit-response");

        JsonObject deferred = defer(id, id(later), "The service review will not report until the spring.");

        LocalDate laterDue = date(later, "officerResponseDue");
        assertThat(laterDue).isAfter(firstDue);
        assertThat(deferred.getString("stage")).isEqualTo("request_issued");
        JsonObject meeting = deferred.getJsonObject("targetMeeting");
        assertThat(id(meeting)).isEqualTo(id(later));
        assertThat(meeting.getString("date")).isEqualTo(later.getString("date"));
        assertThat(meeting.getString("publicationDate")).isEqualTo(later.getString("publicationDate"));
        assertThat(date(meeting, "officerResponseDue")).isEqualTo(laterDue);
        JsonObject request = deferred.getJsonArray("requests").getJsonObject(0);
        assertThat(date(request, "due")).isEqualTo(laterDue);
        assertThat(date(request, "originalDue")).isEqualTo(firstDue);
        assertThat(date(deferred.getJsonObject("waitingFor"), "due")).as("the officer task's due date")
                .isEqualTo(laterDue);
        assertThat(tasksFor("officer", id)).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("submit-response");
            assertThat(date(t, "due")).isEqualTo(laterDue);
            assertThat(t.getString("meetingDate")).isEqualTo(later.getString("date"));
        });
        assertThat(tasksFor("democratic", id)).isEmpty();
        JsonObject entry = lastEntry(id);
        assertThat(entry.getString("who")).isEqualTo("democratic");
        assertThat(entry.getString("why")).isEqualTo("The service review will not report until the spring.");
        assertThat(entry.getString("whatChanged")).startsWith("Deferred from the meeting on")
                .contains("officer responses now due");
        assertThat(entry.getString("toStage")).isEqualTo("request_issued");

        JsonObject responded = submit(id);
        assertThat(responded.getString("stage")).isEqualTo("response_review");
        assertThat(strings(responded, "allowedActions"))
                .containsExactly("accept-response", "return-response", "issue-request", "defer", "withdraw");
    }

    @Test
    void deferringBeforeTheRequestIsIssuedDueDatesTheRequestByTheLaterMeeting() {
        List<JsonObject> meetings = scheduleMeetings(setting, 2);
        long id = id(raise(setting, uniqueTitle("Deferred while scoping")));
        triageReport(id, id(meetings.get(0)));
        JsonObject deferred = defer(id, id(meetings.get(1)), "The committee's agenda for the first meeting is full.");
        assertThat(deferred.getString("stage")).isEqualTo("scoping");
        assertThat(id(deferred.getJsonObject("targetMeeting"))).isEqualTo(id(meetings.get(1)));
        assertThat(deferred.getJsonArray("requests")).isEmpty();
        assertThat(lastEntry(id).getString("whatChanged")).startsWith("Deferred from the meeting on")
                .doesNotContain("officer responses");
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("meetingDate")).isEqualTo(meetings.get(1).getString("date")));

        agreeKloe(id);
        JsonObject issued = issue(id);
        assertThat(date(issued.getJsonArray("requests").getJsonObject(0), "due"))
                .isEqualTo(date(meetings.get(1), "officerResponseDue"));
        assertThat(tasksFor("officer", id)).singleElement().satisfies(
                t -> assertThat(date(t, "due")).isEqualTo(date(meetings.get(1), "officerResponseDue")));
    }

    @Test
    void aPublishedReportIsPublishedAgainForTheLaterMeeting() {
        List<JsonObject> meetings = scheduleMeetings(setting, 2);
        long id = id(raise(setting, uniqueTitle("Deferred after publication")));
        triageReport(id, id(meetings.get(0)));
        agreeKloe(id);
        issue(id);
        submit(id);
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        JsonObject published = ok(post("democratic", "/api/items/" + id + "/publish", "{}"), 200);
        assertThat(published.getString("stage")).isEqualTo("published");
        assertThat(strings(published, "allowedActions")).containsExactly("record-outcome", "defer", "withdraw");

        JsonObject deferred = defer(id, id(meetings.get(1)), "The lead member cannot attend the first meeting.");

        assertThat(deferred.getString("stage")).isEqualTo("response_review");
        assertThat(Api.absent(deferred, "publishedOn")).as("no longer published for any meeting").isTrue();
        assertThat(strings(deferred, "allowedActions")).containsExactly("publish", "defer", "withdraw");
        assertThat(deferred.getJsonArray("requests").getJsonObject(0).getString("status")).isEqualTo("accepted");
        assertThat(tasksFor("democratic", id)).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("publish");
            assertThat(t.getString("meetingDate")).isEqualTo(meetings.get(1).getString("date"));
        });
        assertThat(Api.stagesMovedThrough(id)).endsWith("published", "response_review");

        JsonObject again = ok(post("democratic", "/api/items/" + id + "/publish", "{}"), 200);
        assertThat(again.getString("stage")).isEqualTo("published");
        assertThat(again.getString("publishedOn")).isNotBlank();
    }

    @Test
    void deferralIsRefusedOnceTheMeetingHasBeenHeld() {
        List<JsonObject> coming = scheduleMeetings(setting, 1);
        long id = id(raise(setting, uniqueTitle("Meeting already held")));
        triageReport(id, setting.meetingId());
        agreeKloe(id);
        JsonObject issued = issue(id);
        assertThat(strings(issued, "allowedActions")).containsExactly("submit-response", "issue-request", "withdraw");

        JsonObject refused = ok(post("democratic", "/api/items/" + id + "/defer",
                "{\"meetingId\": " + id(coming.get(0)) + ", \"reason\": \"Too late\"}"), 409);
        assertThat(refused.getString("stage")).isEqualTo("request_issued");
        assertThat(strings(refused, "allowedActions")).containsExactly("submit-response", "issue-request", "withdraw");
        assertThat(refused.getString("detail")).contains("has been held");
        assertThat(id(ok(get("democratic", "/api/items/" + id), 200).getJsonObject("targetMeeting")))
                .isEqualTo(setting.meetingId());
    }

    @Test
    void deferralNeedsAReasonALaterMeetingOfTheCommitteeAndDemocraticServices() {
        List<JsonObject> meetings = scheduleMeetings(setting, 2);
        long id = id(raise(setting, uniqueTitle("Deferral refusals")));
        triageReport(id, id(meetings.get(1)));
        String path = "/api/items/" + id + "/defer";

        JsonObject noReason = ok(post("democratic", path, "{\"meetingId\": " + id(meetings.get(0)) + "}"), 422);
        assertThat(noReason.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        JsonObject earlier = ok(post("democratic", path,
                "{\"meetingId\": " + id(meetings.get(0)) + ", \"reason\": \"Earlier\"}"), 422);
        assertThat(earlier.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("meetingId");
        assertThat(earlier.getString("detail")).contains("later meeting");
        JsonObject unknown = ok(post("democratic", path, "{\"meetingId\": 99999999, \"reason\": \"Why\"}"), 422);
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("meetingId");
        JsonObject heldMeeting = ok(post("democratic", path,
                "{\"meetingId\": " + setting.laterMeetingId() + ", \"reason\": \"Back in time\"}"), 422);
        assertThat(heldMeeting.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("meetingId");

        JsonObject byOfficer = ok(post("officer", path,
                "{\"meetingId\": " + id(meetings.get(0)) + ", \"reason\": \"Mine\"}"), 403);
        assertThat(byOfficer.getString("stage")).isEqualTo("scoping");
        assertThat(strings(byOfficer, "allowedActions")).containsExactly("agree-kloe", "defer", "withdraw");

        JsonObject item = ok(get("democratic", "/api/items/" + id), 200);
        assertThat(id(item.getJsonObject("targetMeeting"))).as("nothing changed").isEqualTo(id(meetings.get(1)));
        assertThat(lastEntry(id).getString("whatChanged")).doesNotContain("Deferred");
    }
}
