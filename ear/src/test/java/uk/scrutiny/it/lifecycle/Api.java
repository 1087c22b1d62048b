package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.scrutiny.it.TestServer;

/** HTTP calls to the test server as the demo users, and the steps of the lifecycle the tests share. */
public final class Api {

    private Api() {
    }

    public static HttpResponse<String> get(String user, String path) {
        return TestServer.sendAs(user, "GET", path, null);
    }

    public static HttpResponse<String> post(String user, String path, String json) {
        return TestServer.sendAs(user, "POST", path, json);
    }

    public static JsonObject object(HttpResponse<String> response) {
        return TestServer.object(response);
    }

    public static JsonArray array(HttpResponse<String> response) {
        return TestServer.array(response);
    }

    /** 200 (or the given status) and the JSON object, with the body in the failure message. */
    public static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return object(response);
    }

    /** JSON-B leaves null members out, so a missing member and an explicit null both mean "none". */
    public static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    public static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    public static LocalDate date(JsonObject object, String name) {
        return LocalDate.parse(object.getString(name));
    }

    // ---- Demo data -----------------------------------------------------------------------------------------

    /** The committee with the most demo meetings, and its last two meetings (both already held). */
    public record Setting(long committeeId, long meetingId, long laterMeetingId, long dataSourceId) {
    }

    public static Setting setting() {
        long best = -1;
        List<JsonObject> bestMeetings = List.of();
        for (JsonValue c : array(get("democratic", "/api/committees"))) {
            long id = ((JsonObject) c).getJsonNumber("id").longValue();
            List<JsonObject> meetings = array(get("democratic", "/api/meetings?committee=" + id + "&to="
                    + LocalDate.now().minusDays(1))).getValuesAs(JsonObject.class).stream()
                    .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
            if (meetings.size() > bestMeetings.size()) {
                best = id;
                bestMeetings = meetings;
            }
        }
        assertThat(bestMeetings).as("demo meetings").hasSizeGreaterThanOrEqualTo(2);
        JsonArray sources = array(get("democratic", "/api/data-sources"));
        assertThat(sources).as("data source catalogue").isNotEmpty();
        return new Setting(best, bestMeetings.get(bestMeetings.size() - 2).getJsonNumber("id").longValue(),
                bestMeetings.get(bestMeetings.size() - 1).getJsonNumber("id").longValue(),
                sources.getJsonObject(0).getJsonNumber("id").longValue());
    }

    /**
     * Meetings still to come: the demo meetings are all held, so democratic services schedule new ones, a meeting
     * cycle (eight weeks, on a Tuesday) after the committee's last meeting, one after the other.
     */
    public static List<JsonObject> scheduleMeetings(Setting s, int count) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        List<JsonObject> coming = array(get("democratic", "/api/meetings?committee=" + s.committeeId() + "&from="
                + today)).getValuesAs(JsonObject.class);
        LocalDate last = coming.isEmpty() ? today : date(coming.get(coming.size() - 1), "date");
        List<JsonObject> scheduled = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            last = last.plusWeeks(8).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
            scheduled.add(ok(post("democratic", "/api/meetings", """
                    {"committeeId": %d, "date": "%s", "startTime": "18:00", "venue": "Committee Room 1"}
                    """.formatted(s.committeeId(), last)), 201));
        }
        return scheduled;
    }

    /**
     * A meeting in the next few working days, whose publication date has therefore passed: one the committee has
     * already (earlier tests', or this test's in the run before a restart), or else one on the first weekday from
     * tomorrow on which the committee does not meet yet. Only a few days qualify (those before the next publication
     * date), fewer than the tests asking for such a meeting, so they share it.
     */
    public static JsonObject meetingPastItsPublicationDate(Setting s) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        List<JsonObject> coming = array(get("democratic", "/api/meetings?committee=" + s.committeeId() + "&from="
                + today.plusDays(1) + "&to=" + today.plusDays(14))).getValuesAs(JsonObject.class);
        Optional<JsonObject> existing = coming.stream().filter(m -> !"cancelled".equals(m.getString("status"))
                && date(m, "publicationDate").isBefore(today)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        List<LocalDate> taken = coming.stream().map(m -> date(m, "date")).toList();
        LocalDate day = today.plusDays(1);
        while (taken.contains(day) || day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        JsonObject meeting = ok(post("democratic", "/api/meetings", """
                {"committeeId": %d, "date": "%s", "startTime": "18:00"}
                """.formatted(s.committeeId(), day)), 201);
        assertThat(date(meeting, "publicationDate")).as("publication date of the meeting on " + day)
                .isBefore(today);
        return meeting;
    }

    /** Red flag to a response accepted and awaiting publication, for a meeting. */
    public static JsonObject acceptedFor(Setting s, long meetingId, String title) {
        long id = id(raise(s, title));
        triageReport(id, meetingId);
        agreeKloe(id);
        issue(id);
        submit(id);
        return ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
    }

    public static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    // ---- Lifecycle steps -----------------------------------------------------------------------------------

    public static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID();
    }

    /** A member raises a red flag; the new item awaits triage. */
    public static JsonObject raise(Setting s, String title) {
        return ok(post("member", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Re-referrals within 12 months",
                 "severity": "HIGH", "whyItMatters": "Re-referrals rose for the third year running."}
                """.formatted(s.committeeId(), s.dataSourceId(), title)), 201);
    }

    public static JsonObject triageReport(long id, long meetingId) {
        return ok(post("chair", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", \"meetingId\": " + meetingId + "}"), 200);
    }

    public static JsonObject agreeKloe(long id) {
        return ok(post("democratic", "/api/items/" + id + "/agree-kloe", """
                {"questions": ["Why have re-referrals risen?"], "dataRequests": ["Re-referrals by locality, 2021-2025"]}
                """), 200);
    }

    public static JsonObject issue(long id) {
        return ok(post("democratic", "/api/items/" + id + "/issue-request", "{\"officer\": \"officer\"}"), 200);
    }

    public static JsonObject submit(long id) {
        return ok(post("officer", "/api/items/" + id + "/submit-response", """
                {"answers": [{"line": 1, "text": "Threshold changes in 2023."},
                             {"line": 2, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held by locality."}]}
                """), 200);
    }

    /** Red flag to an officer response awaiting review. */
    public static long itemAwaitingReview(Setting s, String title) {
        long id = raise(s, title).getJsonNumber("id").longValue();
        triageReport(id, s.meetingId());
        agreeKloe(id);
        issue(id);
        submit(id);
        return id;
    }

    /** The user's tasks for one item (empty if none). */
    public static List<JsonObject> tasksFor(String user, long itemId) {
        // Every page: the test server holds other tests' items too, and my-tasks answers a page at a time.
        List<JsonObject> mine = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get(user, "/api/my-tasks?size=100&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<JsonObject> tasks = array(response).getValuesAs(JsonObject.class);
            tasks.stream().filter(t -> t.getJsonNumber("itemId").longValue() == itemId).forEach(mine::add);
            long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
            if (tasks.isEmpty() || (page + 1) * 100L >= total) {
                return mine;
            }
        }
    }

    public static List<JsonObject> timeline(long itemId) {
        HttpResponse<String> response = get("democratic", "/api/items/" + itemId + "/timeline");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return array(response).getValuesAs(JsonObject.class);
    }

    public static JsonObject lastEntry(long itemId) {
        List<JsonObject> entries = timeline(itemId);
        return entries.get(entries.size() - 1);
    }

    public static List<String> stagesMovedThrough(long itemId) {
        HttpResponse<String> response = get("democratic", "/api/items/" + itemId + "/timeline");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return array(response).getValuesAs(JsonObject.class).stream()
                .filter(e -> Api.absent(e, "fromStage") || !e.getString("fromStage").equals(e.getString("toStage")))
                .map(e -> e.getString("toStage")).toList();
    }
}
