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
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.TestServer;

/**
 * The deep dive over HTTP, the whole path: from triage (or the committee's outcome) to a deep dive, its working
 * group and key lines of enquiry, evidence sessions, findings and the final report with its SMART recommendations,
 * which start the executive's response. After each step: the stage, the actions allowed, the timeline and the tasks
 * of democratic services (the item's own lifecycle has ended at deep dive; the deep dive and what follows are
 * tasks of the recommendations process).
 */
class DeepDivePathIT {

    private static final String DEEP_DIVE_ACTIONS = "change-working-group|add-evidence-session|record-finding|agree-final-report";

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void aDeepDiveDecidedAtTriageGoesThroughItsWorkingGroupSessionsAndFindingsToTheExecutiveResponse() {
        long id = id(raise(setting, uniqueTitle("Deep dive path")));
        ok(post("chair", path(id, "triage"),
                "{\"decision\": \"DEEP_DIVE\", \"reason\": \"Needs evidence from schools and families.\"}"), 200);

        JsonObject awaiting = ok(get("democratic", deepDive(id)), 200);
        assertThat(awaiting.getString("stage")).isEqualTo("deep_dive");
        assertThat(Api.absent(awaiting, "deepDive")).isTrue();
        assertThat(strings(awaiting, "allowedActions")).containsExactly("start-deep-dive", "withdraw");
        assertThat(strings(awaiting, "yourActions")).containsExactly("start-deep-dive", "withdraw");
        assertThat(strings(ok(get("chair", deepDive(id)), 200), "yourActions")).isEmpty();
        List<JsonObject> members = awaiting.getJsonArray("eligibleMembers").getValuesAs(JsonObject.class);
        assertThat(members).as("the committee's members this municipal year").hasSizeGreaterThanOrEqualTo(2);
        long first = id(members.get(0));
        long second = id(members.get(1));
        assertThat(followUpTasks(id)).isEmpty();
        assertThat(tasksFor("democratic", id)).as("the item's own process has ended").isEmpty();

        JsonObject byChair = ok(post("chair", deepDive(id), startBody(first, second)), 403);
        assertThat(byChair.getString("stage")).isEqualTo("deep_dive");

        JsonObject started = ok(post("democratic", deepDive(id), startBody(first, second)), 201);
        JsonObject dive = started.getJsonObject("deepDive");
        assertThat(dive.getString("scope")).isEqualTo("Why children go missing from education");
        assertThat(date(dive, "startedOn")).isEqualTo(today());
        assertThat(dive.getJsonArray("workingGroup").getValuesAs(JsonObject.class)).extracting(Api::id)
                .containsExactly(first, second);
        assertThat(strings(started, "keyLinesOfEnquiry")).containsExactly(
                "How quickly are children missing education found?", "Which schools refer the most?");
        assertThat(started.getString("stage")).isEqualTo("deep_dive");
        assertThat(strings(started, "allowedActions")).containsExactly("change-working-group",
                "add-evidence-session", "record-finding", "agree-final-report", "withdraw");
        assertThat(followUpTasks(id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo(DEEP_DIVE_ACTIONS));
        assertThat(lastEntry(id).getString("whatChanged")).startsWith("Deep dive started on")
                .contains(members.get(0).getString("name"), members.get(1).getString("name"));

        JsonObject again = ok(post("democratic", deepDive(id), startBody(first, second)), 409);
        assertThat(strings(again, "allowedActions")).containsExactly("change-working-group",
                "add-evidence-session", "record-finding", "agree-final-report", "withdraw");

        JsonObject session = ok(post("democratic", deepDive(id) + "/sessions", """
                {"kind": "EVIDENCE_SESSION", "title": "Head teachers", "heldOn": "%s",
                 "notes": "Two heads described the referral form.",
                 "witnesses": [{"name": "A Head", "role": "Primary head teacher"}, {"name": "B Head"}]}
                """.formatted(today())), 201);
        JsonObject recorded = session.getJsonObject("deepDive").getJsonArray("sessions").getJsonObject(0);
        assertThat(recorded.getString("kind")).isEqualTo("evidence_session");
        assertThat(recorded.getJsonArray("witnesses").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("name")).containsExactly("A Head", "B Head");
        assertThat(lastEntry(id).getString("whatChanged")).startsWith("Deep dive evidence session on")
                .endsWith("witnesses: A Head, B Head.");
        ok(post("democratic", deepDive(id) + "/sessions", """
                {"kind": "SITE_VISIT", "title": "The children missing education team", "heldOn": "%s"}
                """.formatted(today())), 201);
        assertThat(followUpTasks(id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo(DEEP_DIVE_ACTIONS));

        JsonObject tooSoon = ok(post("democratic", deepDive(id) + "/final-report", finalReport()), 422);
        assertThat(tooSoon.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("findings");
        assertThat(ok(get("democratic", deepDive(id)), 200).getString("stage")).as("nothing half-done")
                .isEqualTo("deep_dive");

        JsonObject found = ok(post("democratic", deepDive(id) + "/findings",
                "{\"finding\": \"Referrals wait on average 9 days before anyone follows them up.\"}"), 201);
        assertThat(strings(found.getJsonObject("deepDive"), "findings"))
                .containsExactly("Referrals wait on average 9 days before anyone follows them up.");
        assertThat(lastEntry(id).getString("whatChanged")).startsWith("Deep dive finding 1:");

        JsonObject report = ok(post("democratic", deepDive(id) + "/final-report", finalReport()), 200);
        assertThat(report.getString("stage")).isEqualTo("executive_response");
        List<JsonObject> made = report.getJsonArray("recommendations").getValuesAs(JsonObject.class);
        assertThat(made).extracting(r -> r.getString("decisionMaker"))
                .containsExactly("Portfolio Holder for Children's Services", "Cabinet");
        long deepDiveId = id(dive);
        assertThat(made).allSatisfy(r -> assertThat(r.getJsonNumber("deepDiveId").longValue()).isEqualTo(deepDiveId));
        assertThat(date(made.get(0), "targetDate")).isEqualTo(LocalDate.of(today().getYear() + 1, 4, 30));
        LocalDate due = date(report.getJsonObject("executiveResponse"), "due");
        assertThat(due).as("two months after the final report").isBetween(today().plusMonths(2).minusDays(4),
                today().plusMonths(2).plusDays(4));
        assertThat(strings(report, "allowedActions")).containsExactly("record-executive-response", "withdraw");
        assertThat(followUpTasks(id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-executive-response"));

        JsonObject concluded = ok(get("democratic", deepDive(id)), 200);
        assertThat(date(concluded.getJsonObject("deepDive"), "finalReportOn")).isEqualTo(today());
        assertThat(strings(concluded, "allowedActions")).doesNotContain("record-finding");
        JsonObject late = ok(post("democratic", deepDive(id) + "/findings", "{\"finding\": \"One more.\"}"), 409);
        assertThat(late.getString("stage")).isEqualTo("executive_response");
        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage", "deep_dive", "executive_response");
    }

    @Test
    void aDeepDiveTheCommitteeReferredSetsItsOwnKeyLinesOfEnquiryAndEndsWithRecommendations() {
        long id = id(raise(setting, uniqueTitle("Referred to a deep dive")));
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
        assertThat(strings(ok(get("democratic", deepDive(id)), 200), "allowedActions"))
                .containsExactly("start-deep-dive", "withdraw");

        long member = id(ok(get("democratic", deepDive(id)), 200).getJsonArray("eligibleMembers").getJsonObject(0));
        JsonObject started = ok(post("democratic", deepDive(id), """
                {"scope": "Re-referrals in depth", "workingGroup": [%d],
                 "keyLinesOfEnquiry": ["What happens to families between two referrals?"]}
                """.formatted(member)), 201);
        assertThat(strings(started, "keyLinesOfEnquiry")).contains("What happens to families between two referrals?");
        JsonObject item = ok(get("democratic", path(id, "")), 200);
        assertThat(item.getJsonObject("keyLinesOfEnquiry").getString("agreedOn")).isEqualTo(today().toString());

        ok(post("democratic", deepDive(id) + "/sessions", """
                {"kind": "SURVEY", "title": "Families who were re-referred", "heldOn": "%s"}
                """.formatted(today())), 201);
        ok(post("democratic", deepDive(id) + "/findings", "{\"finding\": \"Step-down plans end too early.\"}"), 201);
        JsonObject report = ok(post("democratic", deepDive(id) + "/final-report", """
                {"recommendations": [{"text": "Keep step-down plans open for six months from April.",
                                      "decisionMaker": "Cabinet"}]}
                """), 200);

        assertThat(report.getString("stage")).isEqualTo("executive_response");
        assertThat(stagesMovedThrough(id)).endsWith("published", "considered", "deep_dive", "executive_response");
        assertThat(followUpTasks(id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-executive-response"));
    }

    @Test
    void theWorkingGroupChangesWhileTheDeepDiveIsUnderWayEachChangeInTheTimelineButNeverEmpties() {
        long id = id(raise(setting, uniqueTitle("Working group changes")));
        ok(post("chair", path(id, "triage"), "{\"decision\": \"DEEP_DIVE\", \"reason\": \"Evidence needed.\"}"), 200);
        List<JsonObject> members = ok(get("democratic", deepDive(id)), 200).getJsonArray("eligibleMembers")
                .getValuesAs(JsonObject.class);
        long first = id(members.get(0));
        long second = id(members.get(1));
        ok(post("democratic", path(id, "deep-dive/working-group"), "{\"memberId\": " + second + "}"), 409);
        ok(post("democratic", deepDive(id), "{\"scope\": \"Scope\", \"workingGroup\": [" + first + "], "
                + "\"keyLinesOfEnquiry\": [\"Why?\"]}"), 201);

        JsonObject joined = ok(post("democratic", deepDive(id) + "/working-group", "{\"memberId\": " + second
                + ", \"reason\": \"Brings experience as a school governor.\"}"), 201);
        assertThat(joined.getJsonObject("deepDive").getJsonArray("workingGroup").getValuesAs(JsonObject.class))
                .extracting(Api::id).containsExactly(first, second);
        JsonObject entry = lastEntry(id);
        assertThat(entry.getString("whatChanged")).isEqualTo(members.get(1).getString("name")
                + " joined the deep dive's working group.");
        assertThat(entry.getString("why")).isEqualTo("Brings experience as a school governor.");
        assertThat(entry.getString("who")).isEqualTo("democratic");

        assertThat(field(ok(post("democratic", deepDive(id) + "/working-group", "{\"memberId\": " + second + "}"),
                422))).as("already in the group").isEqualTo("workingGroup");
        assertThat(field(ok(post("democratic", deepDive(id) + "/working-group", "{\"memberId\": 999999}"), 422)))
                .isEqualTo("member");
        assertThat(field(ok(post("democratic", deepDive(id) + "/working-group", "{\"reason\": \"Why\"}"), 422)))
                .isEqualTo("memberId");
        assertThat(field(ok(post("democratic", deepDive(id) + "/working-group", "{\"memberId\": " + first
                + ", \"reason\": \"" + "x".repeat(1001) + "\"}"), 422))).isEqualTo("reason");
        ok(post("chair", deepDive(id) + "/working-group", "{\"memberId\": " + first + "}"), 403);

        JsonObject left = ok(delete("democratic", deepDive(id) + "/working-group/" + first
                + "?reason=Stood%20down%20for%20this%20term."), 200);
        assertThat(left.getJsonObject("deepDive").getJsonArray("workingGroup").getValuesAs(JsonObject.class))
                .extracting(Api::id).containsExactly(second);
        assertThat(lastEntry(id).getString("whatChanged")).isEqualTo(members.get(0).getString("name")
                + " left the deep dive's working group.");
        assertThat(lastEntry(id).getString("why")).isEqualTo("Stood down for this term.");

        JsonObject onlyOne = ok(delete("democratic", deepDive(id) + "/working-group/" + second), 422);
        assertThat(field(onlyOne)).isEqualTo("workingGroup");
        assertThat(onlyOne.getString("detail")).contains("the only member of the working group");
        assertThat(field(ok(delete("democratic", deepDive(id) + "/working-group/" + first), 422)))
                .as("no longer in the group").isEqualTo("member");
        assertThat(field(ok(delete("democratic", deepDive(id) + "/working-group/abc"), 400))).isEqualTo("member");
        ok(delete("member", deepDive(id) + "/working-group/" + second), 403);
        assertThat(ok(get("democratic", deepDive(id)), 200).getJsonObject("deepDive").getJsonArray("workingGroup"))
                .as("nothing changed by the refusals").hasSize(1);

        ok(post("democratic", deepDive(id) + "/findings", "{\"finding\": \"A finding.\"}"), 201);
        ok(post("democratic", deepDive(id) + "/final-report", finalReport()), 200);
        JsonObject concluded = ok(post("democratic", deepDive(id) + "/working-group", "{\"memberId\": " + first
                + "}"), 409);
        assertThat(strings(concluded, "allowedActions")).doesNotContain("change-working-group");
    }

    @Test
    void badDeepDiveInputIsRefusedNamingTheFieldAndChangesNothing() {
        long id = id(raise(setting, uniqueTitle("Deep dive refusals")));
        ok(post("chair", path(id, "triage"), "{\"decision\": \"DEEP_DIVE\", \"reason\": \"Evidence needed.\"}"), 200);
        long member = id(ok(get("democratic", deepDive(id)), 200).getJsonArray("eligibleMembers").getJsonObject(0));

        assertThat(field(ok(post("democratic", deepDive(id), startBody(member, 999_999)), 422)))
                .isEqualTo("workingGroup[1]");
        assertThat(field(ok(post("democratic", deepDive(id), "{\"workingGroup\": [" + member + "], "
                + "\"keyLinesOfEnquiry\": [\"Why?\"]}"), 422))).isEqualTo("scope");
        assertThat(Api.absent(ok(get("democratic", deepDive(id)), 200), "deepDive")).as("nothing started").isTrue();

        ok(post("democratic", deepDive(id), startBody(member, member + 0)), 422); // the same member twice
        ok(post("democratic", deepDive(id), "{\"scope\": \"Scope\", \"workingGroup\": [" + member + "], "
                + "\"keyLinesOfEnquiry\": [\"Why?\"]}"), 201);
        assertThat(field(ok(post("democratic", deepDive(id) + "/sessions",
                "{\"kind\": \"PICNIC\", \"title\": \"t\", \"heldOn\": \"" + today() + "\"}"), 422))).isEqualTo("kind");
        assertThat(field(ok(post("democratic", deepDive(id) + "/sessions",
                "{\"kind\": \"SURVEY\", \"title\": \"t\", \"heldOn\": \"" + today().minusDays(1) + "\"}"), 422)))
                .isEqualTo("heldOn");
        assertThat(field(ok(post("democratic", deepDive(id) + "/sessions", "{\"kind\": \"EVIDENCE_SESSION\", "
                + "\"title\": \"t\", \"heldOn\": \"" + today() + "\", \"witnesses\": [{\"name\": \" \"}]}"), 422)))
                .as("the witness's name").isEqualTo("name");
        assertThat(field(ok(post("democratic", deepDive(id) + "/findings", "{\"finding\": \"\"}"), 422)))
                .isEqualTo("finding");
        ok(post("democratic", deepDive(id) + "/findings", "{\"finding\": \"A finding.\"}"), 201);
        assertThat(field(ok(post("democratic", deepDive(id) + "/final-report",
                "{\"recommendations\": [{\"text\": \"Do it.\", \"decisionMaker\": \" \"}]}"), 422)))
                .isEqualTo("decisionMaker");
        JsonObject after = ok(get("democratic", deepDive(id)), 200);
        assertThat(after.getJsonObject("deepDive").getJsonArray("sessions")).isEmpty();
        assertThat(Api.absent(after.getJsonObject("deepDive"), "finalReportOn")).isTrue();
        assertThat(after.getString("stage")).isEqualTo("deep_dive");
    }

    private static String startBody(long first, long second) {
        return """
                {"scope": "Why children go missing from education", "workingGroup": [%d, %d],
                 "keyLinesOfEnquiry": ["How quickly are children missing education found?",
                                       "Which schools refer the most?"]}
                """.formatted(first, second);
    }

    private static String finalReport() {
        return """
                {"recommendations": [
                  {"text": "Follow up every referral within 2 working days from April.",
                   "decisionMaker": "Portfolio Holder for Children's Services", "targetDate": "%d-04-30"},
                  {"text": "Report the follow-up times to the committee every quarter.", "decisionMaker": "Cabinet"}]}
                """.formatted(today().getYear() + 1);
    }

    private static java.net.http.HttpResponse<String> delete(String user, String path) {
        return TestServer.sendAs(user, "DELETE", path, null);
    }

    private static String field(JsonObject problem) {
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String path(long id, String action) {
        return "/api/items/" + id + "/" + action;
    }

    private static String deepDive(long id) {
        return "/api/items/" + id + "/deep-dive";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** Democratic services' tasks of the recommendations process (deep dive, executive response) for the item. */
    private static List<JsonObject> followUpTasks(long id) {
        return array(get("democratic", "/api/recommendations/my-tasks")).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("itemId").longValue() == id).toList();
    }
}
