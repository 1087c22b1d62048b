package uk.scrutiny.it.questions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.scrutiny.it.TestServer;

/**
 * Items driven through the lifecycle over HTTP for the page and questions tests, at the children's services
 * committee: the demo member and chair sit on it. Its demo meetings are all in the past, so requests are due on
 * the day they are issued and reports are published on the meeting's publication date (see ItemLifecycleIT).
 */
public final class Items {

    public static final String CHILDRENS = "Children's Services Overview and Scrutiny Committee";

    private Items() {
    }

    /** The committee, its last two meetings held, and a data source of the catalogue. */
    public record Setting(long committeeId, long meetingId, long laterMeetingId, long dataSourceId) {
    }

    public static Setting childrens() {
        JsonObject committee = TestServer.array(get("democratic", "/api/committees")).getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("name").equals(CHILDRENS)).findFirst().orElseThrow();
        long id = committee.getJsonNumber("id").longValue();
        List<JsonObject> meetings = TestServer.array(get("democratic", "/api/meetings?committee=" + id + "&to="
                + LocalDate.now().minusDays(1))).getValuesAs(JsonObject.class).stream()
                .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
        assertThat(meetings).as("demo meetings of the children's committee").hasSizeGreaterThanOrEqualTo(2);
        long source = TestServer.array(get("democratic", "/api/data-sources")).getJsonObject(0).getJsonNumber("id")
                .longValue();
        return new Setting(id, meetings.get(meetings.size() - 2).getJsonNumber("id").longValue(),
                meetings.get(meetings.size() - 1).getJsonNumber("id").longValue(), source);
    }

    public static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static HttpResponse<String> get(String user, String path) {
        return TestServer.sendAs(user, "GET", path, null);
    }

    public static HttpResponse<String> post(String user, String path, String json) {
        return TestServer.sendAs(user, "POST", path, json);
    }

    public static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return TestServer.object(response);
    }

    /** The fields the problem body names. */
    public static List<String> fields(HttpResponse<String> response) {
        return TestServer.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    /** A red flag raised by the member, triaged to a report at the earlier meeting: the item is at scoping. */
    public static long scoped(Setting s, String title) {
        long id = ok(post("member", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Re-referrals within 12 months",
                 "severity": "HIGH", "whyItMatters": "Re-referrals rose for the third year running."}
                """.formatted(s.committeeId(), s.dataSourceId(), title)), 201).getJsonNumber("id").longValue();
        ok(post("chair", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", \"meetingId\": " + s.meetingId() + "}"),
                200);
        return id;
    }

    /** Scoped, with two lines of enquiry agreed and a request issued to the demo officer. */
    public static long requested(Setting s, String title) {
        long id = scoped(s, title);
        ok(post("democratic", "/api/items/" + id + "/agree-kloe", """
                {"questions": ["Why have re-referrals risen?"], "dataRequests": ["Re-referrals by locality, 2021-2025"]}
                """), 200);
        ok(post("democratic", "/api/items/" + id + "/issue-request", "{\"officer\": \"officer\"}"), 200);
        return id;
    }

    /** The id of the item's first request. */
    public static long requestId(long itemId) {
        return ok(get("democratic", "/api/items/" + itemId), 200).getJsonArray("requests").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** Requested, answered by the officer, accepted and published on the meeting's publication date. */
    public static long published(Setting s, String title) {
        long id = requested(s, title);
        ok(post("officer", "/api/items/" + id + "/submit-response", """
                {"answers": [{"line": 1, "text": "Threshold changes in 2023."},
                             {"line": 2, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held by locality."}]}
                """), 200);
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        String publicationDate = ok(get("democratic", "/api/items/" + id), 200).getJsonObject("targetMeeting")
                .getString("publicationDate");
        ok(post("democratic", "/api/items/" + id + "/publish", "{\"publishedOn\": \"" + publicationDate + "\"}"),
                200);
        return id;
    }

    /** Published, then its outcome recorded. */
    public static long considered(Setting s, String title, String resolution, String text) {
        long id = published(s, title);
        ok(post("democratic", "/api/items/" + id + "/record-outcome",
                "{\"resolution\": \"" + resolution + "\", \"text\": \"" + text + "\"}"), 200);
        return id;
    }

    /** A red flag raised by democratic services at a committee the demo member does not sit on. */
    public static long otherCommitteeItem(String title) {
        long committee = TestServer.array(get("democratic", "/api/committees")).getValuesAs(JsonObject.class)
                .stream().filter(c -> !c.getString("name").equals(CHILDRENS)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long source = TestServer.array(get("democratic", "/api/data-sources")).getJsonObject(0).getJsonNumber("id")
                .longValue();
        return ok(post("democratic", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Delayed discharges",
                 "severity": "LOW", "whyItMatters": "For another committee."}
                """.formatted(committee, source, title)), 201).getJsonNumber("id").longValue();
    }

    public static String stage(long itemId) {
        return ok(get("democratic", "/api/items/" + itemId), 200).getString("stage");
    }

    static boolean isNull(JsonObject o, String name) {
        return !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL;
    }
}
