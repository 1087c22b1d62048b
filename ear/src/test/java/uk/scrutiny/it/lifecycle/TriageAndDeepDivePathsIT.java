package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.array;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.lastEntry;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paths around triage and to a deep dive, over HTTP: background enquiries by an officer or by democratic
 * services before triage; monitoring, where the item waits on the watch list with its review timer; a deep dive
 * decided at triage or by the committee's outcome; and the KLOE warning when they are agreed later than one
 * meeting cycle ahead.
 */
class TriageAndDeepDivePathsIT {

    private static final String QUESTION = "Is the rise a recording change after the new case system?";
    private static final String FINDINGS = "Half of the rise follows the April recording rules; the rest is real.";

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    private static String path(long id, String action) {
        return "/api/items/" + id + "/" + action;
    }

    @Test
    void anOfficerMakesBackgroundEnquiriesThenTheItemGoesBackForTriage() {
        long id = id(raise(setting, uniqueTitle("Background enquiries by an officer")));
        assertThat(strings(ok(get("chair", path(id, "")), 200), "allowedActions"))
                .containsExactly("triage", "start-enquiries", "withdraw");

        JsonObject started = ok(post("chair", path(id, "start-enquiries"),
                "{\"officer\": \"officer\", \"whatToFindOut\": \"" + QUESTION + "\"}"), 200);

        assertThat(started.getString("stage")).isEqualTo("background_enquiries");
        assertThat(strings(started, "allowedActions")).containsExactly("record-findings", "withdraw");
        assertThat(started.getJsonObject("waitingFor").getString("assignee")).isEqualTo("officer");
        assertThat(tasksFor("officer", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-findings"));
        assertThat(tasksFor("chair", id)).isEmpty();
        assertThat(tasksFor("democratic", id)).as("it waits on the officer").isEmpty();
        assertThat(tasksFor("officer2", id)).isEmpty();
        JsonObject entry = lastEntry(id);
        assertThat(entry.getString("who")).isEqualTo("chair");
        assertThat(entry.getString("why")).isEqualTo(QUESTION);
        assertThat(entry.getString("whatChanged")).startsWith("Background enquiries started, by Olu Example");

        JsonObject notTheirs = ok(post("officer2", path(id, "record-findings"),
                "{\"findings\": \"Not mine\"}"), 403);
        assertThat(notTheirs.getString("stage")).isEqualTo("background_enquiries");
        JsonObject noFindings = ok(post("officer", path(id, "record-findings"), "{\"findings\": \" \"}"), 422);
        assertThat(noFindings.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("findings");

        JsonObject found = ok(post("officer", path(id, "record-findings"),
                "{\"findings\": \"" + FINDINGS + "\"}"), 200);
        assertThat(found.getString("stage")).isEqualTo("triage");
        assertThat(found.getString("backgroundFindings")).isEqualTo(FINDINGS);
        assertThat(strings(found, "allowedActions")).containsExactly("triage", "start-enquiries", "withdraw");
        assertThat(tasksFor("officer", id)).isEmpty();
        assertThat(tasksFor("chair", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("triage|start-enquiries"));
        assertThat(lastEntry(id).getString("who")).isEqualTo("officer");

        JsonObject dropped = ok(post("chair", path(id, "triage"),
                "{\"decision\": \"NO_FURTHER_ACTION\", \"reason\": \"Mostly a recording change.\"}"), 200);
        assertThat(dropped.getString("stage")).isEqualTo("no_further_action");
        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage", "background_enquiries", "triage",
                "no_further_action");
    }

    @Test
    void democraticServicesMakeTheEnquiriesWhenNoOfficerIsNamed() {
        long id = id(raise(setting, uniqueTitle("Background enquiries by democratic services")));
        JsonObject unknown = ok(post("democratic", path(id, "start-enquiries"),
                "{\"officer\": \"member\", \"whatToFindOut\": \"" + QUESTION + "\"}"), 422);
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officer");
        JsonObject nothingAsked = ok(post("democratic", path(id, "start-enquiries"), "{}"), 422);
        assertThat(nothingAsked.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("whatToFindOut");
        JsonObject byMember = ok(post("member", path(id, "start-enquiries"),
                "{\"whatToFindOut\": \"" + QUESTION + "\"}"), 403);
        assertThat(byMember.getString("stage")).isEqualTo("triage");
        JsonObject tooSoon = ok(post("democratic", path(id, "record-findings"),
                "{\"findings\": \"" + FINDINGS + "\"}"), 409);
        assertThat(strings(tooSoon, "allowedActions")).containsExactly("triage", "start-enquiries", "withdraw");

        JsonObject started = ok(post("democratic", path(id, "start-enquiries"),
                "{\"whatToFindOut\": \"" + QUESTION + "\"}"), 200);
        assertThat(started.getString("stage")).isEqualTo("background_enquiries");
        assertThat(Api.absent(started.getJsonObject("waitingFor"), "assignee")).isTrue();
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-findings"));
        assertThat(tasksFor("officer", id)).isEmpty();
        assertThat(lastEntry(id).getString("whatChanged")).endsWith("by democratic services.");

        JsonObject found = ok(post("democratic", path(id, "record-findings"),
                "{\"findings\": \"" + FINDINGS + "\"}"), 200);
        assertThat(found.getString("stage")).isEqualTo("triage");
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("triage|start-enquiries"));
    }

    @Test
    void aMonitoredItemWaitsOnTheWatchListWithItsReviewTimer() {
        long id = id(raise(setting, uniqueTitle("Watch list")));
        LocalDate reviewOn = LocalDate.now(ZoneId.of("Europe/London")).plusMonths(3);
        JsonObject monitored = ok(post("chair", path(id, "triage"), "{\"decision\": \"MONITOR\", \"reason\": "
                + "\"One quarter is not a trend.\", \"reviewOn\": \"" + reviewOn + "\"}"), 200);

        assertThat(monitored.getString("stage")).isEqualTo("monitoring");
        assertThat(date(monitored.getJsonObject("triage"), "reviewOn")).isEqualTo(reviewOn);
        LocalDateTime expected = LocalDateTime.ofInstant(
                reviewOn.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneOffset.UTC);
        assertThat(LocalDateTime.parse(monitored.getString("reviewTimer")))
                .as("the process's timer job brings it back at the start of the review day").isEqualTo(expected);
        assertThat(strings(monitored, "allowedActions")).containsExactly("withdraw");
        assertThat(Api.absent(monitored, "waitingFor")).isTrue();
        assertThat(tasksFor("chair", id)).isEmpty();
        assertThat(tasksFor("democratic", id)).isEmpty();
        assertThat(lastEntry(id).getString("whatChanged")).startsWith("Triage: monitor, review on");
        JsonObject notYet = ok(post("chair", path(id, "triage"), "{\"decision\": \"REPORT\", \"meetingId\": "
                + setting.meetingId() + "}"), 409);
        assertThat(notYet.getString("stage")).isEqualTo("monitoring");
        assertThat(strings(notYet, "allowedActions")).containsExactly("withdraw");

        JsonObject withdrawn = ok(post("democratic", path(id, "withdraw"),
                "{\"reason\": \"The indicator is retired.\"}"), 200);
        assertThat(withdrawn.getString("stage")).isEqualTo("withdrawn");
        assertThat(Api.absent(withdrawn, "reviewTimer")).isTrue();
    }

    @Test
    void aDeepDiveDecidedAtTriageEndsTheItemsProcessAtDeepDive() {
        long id = id(raise(setting, uniqueTitle("Deep dive at triage")));
        JsonObject withMeeting = ok(post("chair", path(id, "triage"), "{\"decision\": \"DEEP_DIVE\", \"reason\": "
                + "\"Needs evidence sessions\", \"meetingId\": " + setting.meetingId() + "}"), 422);
        assertThat(withMeeting.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("meetingId");

        JsonObject deepDive = ok(post("chair", path(id, "triage"),
                "{\"decision\": \"DEEP_DIVE\", \"reason\": \"Needs evidence from partners and families.\"}"), 200);

        assertThat(deepDive.getString("stage")).isEqualTo("deep_dive");
        assertThat(deepDive.getString("type")).isEqualTo("deep_dive");
        assertThat(deepDive.getJsonObject("triage").getString("decision")).isEqualTo("deep_dive");
        assertThat(strings(deepDive, "allowedActions")).containsExactly("withdraw");
        assertThat(Api.absent(deepDive, "waitingFor")).isTrue();
        assertThat(tasksFor("chair", id)).isEmpty();
        assertThat(tasksFor("democratic", id)).isEmpty();
        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage", "deep_dive");
        assertThat(lastEntry(id).getString("why")).isEqualTo("Needs evidence from partners and families.");
    }

    @Test
    void theCommitteeRefersAnItemToADeepDive() {
        long id = id(raise(setting, uniqueTitle("Deep dive by outcome")));
        triageReport(id, setting.meetingId());
        agreeKloe(id);
        issue(id);
        submit(id);
        ok(post("democratic", path(id, "accept-response"), "{}"), 200);
        JsonObject meeting = ok(get("democratic", "/api/meetings/" + setting.meetingId()), 200);
        ok(post("democratic", path(id, "publish"), "{\"publishedOn\": \"" + meeting.getString("publicationDate")
                + "\"}"), 200);

        JsonObject referred = ok(post("democratic", path(id, "record-outcome"), "{\"resolution\": "
                + "\"REFERRED_TO_DEEP_DIVE\", \"text\": \"A working group to look at re-referrals in depth.\"}"), 200);

        assertThat(referred.getString("stage")).isEqualTo("deep_dive");
        assertThat(referred.getJsonArray("outcomes").getJsonObject(0).getString("resolution"))
                .isEqualTo("referred_to_deep_dive");
        assertThat(strings(referred, "allowedActions")).containsExactly("withdraw");
        assertThat(tasksFor("democratic", id)).isEmpty();
        assertThat(stagesMovedThrough(id)).endsWith("published", "considered", "deep_dive");
        assertThat(lastEntry(id).getString("who")).isEqualTo("democratic");
    }

    @Test
    void keyLinesOfEnquiryAgreedLateAreAgreedWithAWarningOnTheResponseAndTheTimeline() {
        JsonObject meeting = ok(get("democratic", "/api/meetings/" + setting.meetingId()), 200);
        List<JsonObject> earlier = array(get("democratic", "/api/meetings?committee=" + setting.committeeId()
                + "&to=" + date(meeting, "date").minusDays(1))).getValuesAs(JsonObject.class).stream()
                .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
        String previousMeeting = earlier.get(earlier.size() - 1).getString("date");
        long id = id(raise(setting, uniqueTitle("KLOE late")));
        triageReport(id, setting.meetingId());

        JsonObject agreed = agreeKloe(id);

        assertThat(agreed.getString("stage")).isEqualTo("scoping");
        assertThat(agreed.getJsonObject("keyLinesOfEnquiry").getString("agreedOn")).isNotBlank();
        assertThat(strings(agreed, "warnings")).singleElement().asString()
                .contains("should have been agreed by " + previousMeeting);
        JsonObject entry = lastEntry(id);
        assertThat(entry.getString("whatChanged")).startsWith("Key lines of enquiry agreed on").endsWith(", late.");
        assertThat(entry.getString("why")).contains("later than one meeting cycle ahead");
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("issue-request"));
    }

    @Test
    void keyLinesOfEnquiryAgreedBeforeThePreviousMeetingCarryNoWarning() {
        List<JsonObject> meetings = Api.scheduleMeetings(setting, 2);
        long id = id(raise(setting, uniqueTitle("KLOE on time")));
        triageReport(id, id(meetings.get(1)));

        JsonObject agreed = agreeKloe(id);

        assertThat(strings(agreed, "warnings")).isEmpty();
        JsonObject entry = lastEntry(id);
        assertThat(entry.getString("whatChanged")).startsWith("Key lines of enquiry agreed on").doesNotEndWith("late.");
        assertThat(Api.absent(entry, "why")).isTrue();
    }
}
