package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.array;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.itemAwaitingReview;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.stagesMovedThrough;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.submit;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paths a user can take through the first slice of the lifecycle, step by step over HTTP. */
class ItemLifecycleIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void mainPathFromRedFlagToClosedAssertsStageTasksDeadlinesAndTimelineAtEachStep() {
        String title = uniqueTitle("Main path");
        JsonObject created = raise(setting, title);
        long id = created.getJsonNumber("id").longValue();
        assertThat(created.getString("title")).isEqualTo(title);
        assertThat(created.getString("stage")).isEqualTo("triage");
        assertThat(strings(created, "allowedActions")).containsExactly("triage", "start-enquiries", "withdraw");
        assertThat(strings(created, "yourActions")).as("a member raises but does not triage").isEmpty();
        assertThat(tasksFor("chair", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("triage|start-enquiries"));
        assertThat(tasksFor("democratic", id)).hasSize(1);
        assertThat(tasksFor("officer", id)).isEmpty();
        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage");

        JsonObject triaged = triageReport(id, setting.meetingId());
        assertThat(triaged.getString("stage")).isEqualTo("scoping");
        assertThat(triaged.getJsonObject("triage").getString("decision")).isEqualTo("report");
        JsonObject meeting = triaged.getJsonObject("targetMeeting");
        JsonObject published = ok(get("democratic", "/api/meetings/" + setting.meetingId()), 200);
        assertThat(meeting.getJsonNumber("id").longValue()).isEqualTo(setting.meetingId());
        assertThat(date(meeting, "publicationDate")).isEqualTo(date(published, "publicationDate"))
                .isBefore(date(meeting, "date"));
        assertThat(date(meeting, "officerResponseDue")).isEqualTo(date(published, "officerResponseDue"))
                .isBefore(date(meeting, "publicationDate"));
        assertThat(tasksFor("chair", id)).as("triage done").isEmpty();
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("agree-kloe"));

        JsonObject scoped = agreeKloe(id);
        assertThat(scoped.getString("stage")).isEqualTo("scoping");
        assertThat(scoped.getJsonObject("keyLinesOfEnquiry").getString("agreedOn")).isNotBlank();
        assertThat(scoped.getJsonObject("keyLinesOfEnquiry").getJsonArray("lines")).hasSize(2);
        assertThat(strings(scoped, "warnings")).as("agreed after the meeting: late").isNotEmpty();
        assertThat(strings(scoped, "allowedActions")).containsExactly("issue-request", "withdraw");

        JsonObject issued = issue(id);
        assertThat(issued.getString("stage")).isEqualTo("request_issued");
        assertThat(issued.getString("leadOfficer")).isEqualTo("officer");
        JsonObject request = issued.getJsonArray("requests").getJsonObject(0);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate deadline = date(meeting, "officerResponseDue");
        LocalDate expectedDue = deadline.isBefore(today) ? today : deadline;
        assertThat(date(request, "due")).isEqualTo(expectedDue);
        assertThat(request.getString("status")).isEqualTo("open");
        assertThat(tasksFor("officer", id)).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("submit-response");
            assertThat(date(t, "due")).isEqualTo(expectedDue);
        });
        assertThat(tasksFor("officer2", id)).as("officers see only their own requests").isEmpty();
        assertThat(tasksFor("democratic", id)).as("now waiting on the officer").isEmpty();
        assertThat(strings(ok(get("officer", "/api/items/" + id), 200), "yourActions"))
                .containsExactly("submit-response");

        JsonObject responded = submit(id);
        assertThat(responded.getString("stage")).isEqualTo("response_review");
        assertThat(responded.getJsonArray("requests").getJsonObject(0).getString("status")).isEqualTo("responded");
        assertThat(tasksFor("officer", id)).isEmpty();
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("accept-response|return-response"));

        JsonObject accepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(accepted.getJsonArray("requests").getJsonObject(0).getString("status")).isEqualTo("accepted");
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "withdraw");

        JsonObject publishedItem = ok(post("democratic", "/api/items/" + id + "/publish",
                "{\"publishedOn\": \"" + meeting.getString("publicationDate") + "\"}"), 200);
        assertThat(publishedItem.getString("stage")).isEqualTo("published");
        assertThat(publishedItem.getString("publishedOn")).isEqualTo(meeting.getString("publicationDate"));
        assertThat(strings(publishedItem, "allowedActions")).containsExactly("record-outcome", "withdraw");

        JsonObject closed = ok(post("democratic", "/api/items/" + id + "/record-outcome",
                "{\"resolution\": \"NOTED\", \"text\": \"The committee noted the report.\"}"), 200);
        assertThat(closed.getString("stage")).isEqualTo("closed");
        assertThat(closed.getJsonArray("outcomes").getJsonObject(0).getString("resolution")).isEqualTo("noted");
        assertThat(strings(closed, "allowedActions")).isEmpty();
        assertThat(Api.absent(closed, "waitingFor")).isTrue();
        assertThat(tasksFor("democratic", id)).isEmpty();

        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage", "scoping", "request_issued",
                "response_review", "published", "considered", "closed");
        List<JsonObject> timeline = array(get("member", "/api/items/" + id + "/timeline"))
                .getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(e -> Api.absent(e, "who") ? null : e.getString("who"))
                .contains("member", "chair", "democratic", "officer");
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.getString("whatChanged")).startsWith("Request issued to");
            assertThat(e.getString("who")).isEqualTo("democratic");
        });
        assertThat(timeline).extracting(e -> e.getInt("number")).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aReturnedResponseGoesBackToTheSameOfficerWithTheSameDueDateUntilAccepted() {
        long id = itemAwaitingReview(setting, uniqueTitle("Return loop"));
        LocalDate due = date(ok(get("democratic", "/api/items/" + id), 200).getJsonArray("requests")
                .getJsonObject(0), "due");

        JsonObject returned = ok(post("democratic", "/api/items/" + id + "/return-response",
                "{\"reason\": \"Add the comparison with statistical neighbours.\"}"), 200);
        assertThat(returned.getString("stage")).isEqualTo("request_issued");
        JsonObject request = returned.getJsonArray("requests").getJsonObject(0);
        assertThat(request.getString("status")).isEqualTo("open");
        assertThat(request.getString("returnedReason")).contains("statistical neighbours");
        assertThat(tasksFor("officer", id)).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("submit-response");
            assertThat(date(t, "due")).isEqualTo(due);
        });
        assertThat(tasksFor("democratic", id)).isEmpty();

        assertThat(submit(id).getString("stage")).isEqualTo("response_review");
        JsonObject accepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "withdraw");
        assertThat(stagesMovedThrough(id)).containsSubsequence("request_issued", "response_review",
                "request_issued", "response_review");
        assertThat(array(get("democratic", "/api/items/" + id + "/timeline")).getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(Api.absent(e, "why") ? "" : e.getString("why"))
                        .contains("statistical neighbours"));
    }

    @Test
    void aFurtherReportStartsANewCycleAtTheLaterMeeting() {
        long id = itemAwaitingReview(setting, uniqueTitle("Further report"));
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        ok(post("democratic", "/api/items/" + id + "/publish", "{\"publishedOn\": \"" + ok(get("democratic",
                "/api/items/" + id), 200).getJsonObject("targetMeeting").getString("publicationDate") + "\"}"), 200);

        JsonObject again = ok(post("democratic", "/api/items/" + id + "/record-outcome", """
                {"resolution": "FURTHER_REPORT", "text": "A further report with locality data.",
                 "furtherReportMeetingId": %d}""".formatted(setting.laterMeetingId())), 200);
        assertThat(again.getString("stage")).isEqualTo("scoping");
        assertThat(again.getJsonObject("targetMeeting").getJsonNumber("id").longValue())
                .isEqualTo(setting.laterMeetingId());
        assertThat(Api.absent(again, "publishedOn")).isTrue();
        assertThat(Api.absent(again.getJsonObject("keyLinesOfEnquiry"), "agreedOn")).as("KLOE reopened").isTrue();
        assertThat(strings(again, "allowedActions")).containsExactly("agree-kloe", "withdraw");
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("agree-kloe"));
    }

    @Test
    void recommendationsMadeEndsThisSliceAtConsidered() {
        long id = itemAwaitingReview(setting, uniqueTitle("Recommendations"));
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        ok(post("democratic", "/api/items/" + id + "/publish", "{}"), 422); // today is after the meeting
        ok(post("democratic", "/api/items/" + id + "/publish", "{\"publishedOn\": \"" + ok(get("democratic",
                "/api/items/" + id), 200).getJsonObject("targetMeeting").getString("publicationDate") + "\"}"), 200);
        JsonObject considered = ok(post("democratic", "/api/items/" + id + "/record-outcome",
                "{\"resolution\": \"RECOMMENDATIONS_MADE\", \"text\": \"Three recommendations to Cabinet.\"}"), 200);
        assertThat(considered.getString("stage")).isEqualTo("considered");
        assertThat(strings(considered, "allowedActions")).containsExactly("withdraw");
        assertThat(tasksFor("democratic", id)).isEmpty();
    }

    @Test
    void triageToNoFurtherActionEndsTheProcessAndMonitoringWaitsForTheReview() {
        long dropped = raise(setting, uniqueTitle("No further action")).getJsonNumber("id").longValue();
        JsonObject nfa = ok(post("democratic", "/api/items/" + dropped + "/triage",
                "{\"decision\": \"NO_FURTHER_ACTION\", \"reason\": \"A single data point.\"}"), 200);
        assertThat(nfa.getString("stage")).isEqualTo("no_further_action");
        assertThat(nfa.getJsonObject("triage").getString("reason")).isEqualTo("A single data point.");
        assertThat(strings(nfa, "allowedActions")).isEmpty();

        long watched = raise(setting, uniqueTitle("Monitor")).getJsonNumber("id").longValue();
        JsonObject monitoring = ok(post("chair", "/api/items/" + watched + "/triage",
                "{\"decision\": \"MONITOR\", \"reason\": \"Watch the next quarter.\", \"reviewOn\": \"2027-03-01\"}"),
                200);
        assertThat(monitoring.getString("stage")).isEqualTo("monitoring");
        assertThat(monitoring.getJsonObject("triage").getString("reviewOn")).isEqualTo("2027-03-01");
        assertThat(strings(monitoring, "allowedActions")).containsExactly("withdraw");
        assertThat(tasksFor("chair", watched)).isEmpty();
        JsonObject withdrawn = ok(post("democratic", "/api/items/" + watched + "/withdraw",
                "{\"reason\": \"Picked up by the health committee.\"}"), 200);
        assertThat(withdrawn.getString("stage")).as("withdrawn, its review timer with it").isEqualTo("withdrawn");
    }

    @Test
    void withdrawalFromAnOpenStageEndsTheOfficersTaskAndRecordsTheReason() {
        long id = raise(setting, uniqueTitle("Withdrawal")).getJsonNumber("id").longValue();
        triageReport(id, setting.meetingId());
        agreeKloe(id);
        issue(id);
        assertThat(tasksFor("officer", id)).hasSize(1);

        assertThat(post("officer", "/api/items/" + id + "/withdraw", "{\"reason\": \"No longer needed.\"}")
                .statusCode()).as("only democratic services withdraw").isEqualTo(403);
        JsonObject withdrawn = ok(post("democratic", "/api/items/" + id + "/withdraw",
                "{\"reason\": \"The service has been recommissioned.\"}"), 200);
        assertThat(withdrawn.getString("stage")).isEqualTo("withdrawn");
        assertThat(withdrawn.getJsonArray("requests").getJsonObject(0).getString("status")).isEqualTo("withdrawn");
        assertThat(strings(withdrawn, "allowedActions")).isEmpty();
        assertThat(tasksFor("officer", id)).isEmpty();
        assertThat(array(get("democratic", "/api/items/" + id + "/timeline")).getValuesAs(JsonObject.class))
                .last().satisfies(e -> {
                    assertThat(e.getString("toStage")).isEqualTo("withdrawn");
                    assertThat(e.getString("why")).isEqualTo("The service has been recommissioned.");
                    assertThat(e.getString("who")).isEqualTo("democratic");
                });

        JsonObject again = ok(post("democratic", "/api/items/" + id + "/withdraw", "{\"reason\": \"Twice\"}"), 409);
        assertThat(again.getString("stage")).isEqualTo("withdrawn");
        assertThat(strings(again, "allowedActions")).isEmpty();
    }

    @Test
    void itemsAreListedByCommitteeAndStageAPageAtATime() {
        String title = uniqueTitle("Listed");
        long id = raise(setting, title).getJsonNumber("id").longValue();
        JsonObject page = ok(get("member", "/api/items?committee=" + setting.committeeId()
                + "&stage=triage&page=0&size=100"), 200);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(i -> assertThat(i.getJsonNumber("id").longValue()).isEqualTo(id))
                .allSatisfy(i -> assertThat(i.getString("stage")).isEqualTo("triage"));
        JsonObject first = ok(get("member", "/api/items?size=1"), 200);
        assertThat(first.getJsonArray("items")).hasSize(1);
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(first.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .as("newest first").isGreaterThanOrEqualTo(id);
        JsonObject bad = ok(get("member", "/api/items?stage=somewhere"), 400);
        assertThat(bad.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("stage");
    }
}
