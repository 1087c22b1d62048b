package uk.scrutiny.it.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.scheduleMeetings;
import static uk.scrutiny.it.lifecycle.Api.submit;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.lifecycle.Api;

/**
 * The items list reads an item's due date and last update from the item's own row (kept by the item, migration
 * V11): through every change the API can make to an item's requests (issue, extension asked and granted, deferral
 * to a later meeting, response submitted, withdrawal), the list must say what the item's requests and timeline say.
 */
class DueAndUpdatedIT {

    @Test
    void theListKeepsStepWithTheItemsRequestsAndTimelineThroughEveryChange() {
        Api.Setting setting = Api.setting();
        List<JsonObject> meetings = scheduleMeetings(setting, 2);
        long first = id(meetings.get(0));
        long later = id(meetings.get(1));
        long id = id(raise(setting, uniqueTitle("Due and updated kept on the item")));
        triageReport(id, first);
        agreeKloe(id);
        assertListed(id, first, null);

        JsonObject issued = issue(id);
        LocalDate firstDue = date(meetings.get(0), "officerResponseDue");
        assertListed(id, first, firstDue);

        long requestId = issued.getJsonArray("requests").getJsonObject(0).getJsonNumber("id").longValue();
        String request = "/api/items/" + id + "/requests/" + requestId;
        LocalDate asked = firstDue.plusDays(14);
        JsonObject extended = ok(post("officer", request + "/extensions",
                "{\"until\": \"" + asked + "\", \"reason\": \"The figures come from the new system.\"}"), 201);
        assertListed(id, first, firstDue);
        var extensions = extended.getJsonArray("requests").getJsonObject(0).getJsonArray("extensions");
        long extensionId = extensions.getJsonObject(extensions.size() - 1).getJsonNumber("id").longValue();
        ok(post("democratic", request + "/extensions/" + extensionId + "/grant", "{\"until\": \"" + asked
                + "\", \"note\": \"Granted as asked.\"}"), 200);
        assertListed(id, first, asked);

        ok(post("democratic", "/api/items/" + id + "/defer", "{\"meetingId\": " + later
                + ", \"reason\": \"The service review reports in the spring.\"}"), 200);
        assertListed(id, later, date(meetings.get(1), "officerResponseDue"));

        submit(id);
        assertListed(id, later, null);

        ok(post("democratic", "/api/items/" + id + "/withdraw", "{\"reason\": \"Covered by the budget item.\"}"),
                200);
        assertListed(id, later, null);
    }

    /** The list's entry for the item, found among its meeting's items, against the item and its timeline. */
    private static void assertListed(long itemId, long meetingId, LocalDate expectedDue) {
        JsonObject entry = listed(itemId, meetingId);
        JsonObject item = ok(get("democratic", "/api/items/" + itemId), 200);
        LocalDate earliestOpen = item.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("status").equals("open")).map(r -> date(r, "due"))
                .min(LocalDate::compareTo).orElse(null);
        assertThat(earliestOpen).as("the item's own requests").isEqualTo(expectedDue);
        if (expectedDue == null) {
            assertThat(Api.absent(entry, "due")).as("no request awaits an officer: " + entry).isTrue();
            assertThat(entry.getBoolean("overdue")).isFalse();
        } else {
            assertThat(date(entry, "due")).isEqualTo(expectedDue);
        }
        List<JsonObject> timeline = Api.timeline(itemId);
        LocalDateTime last = timeline.stream().map(e -> LocalDateTime.parse(e.getString("at")))
                .max(LocalDateTime::compareTo).orElseThrow();
        assertThat(LocalDateTime.parse(entry.getString("updatedAt"))).isEqualTo(last);
    }

    private static JsonObject listed(long itemId, long meetingId) {
        JsonObject page = ok(get("democratic", "/api/items?meeting=" + meetingId + "&size=100&sort=due,-updated"),
                200);
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == itemId).findFirst()
                .orElseThrow(() -> new AssertionError("item " + itemId + " not listed for its meeting: " + page));
    }
}
