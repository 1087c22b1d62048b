package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.acceptedFor;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.lastEntry;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publication after the meeting's publication date, over HTTP: refused until the chair agrees to take the item as
 * urgent (the chair from their tasks, or democratic services recording the chair's agreement), then published
 * with who agreed and why on the item and its timeline. A report that can still be published on time is not
 * offered as urgent.
 */
class UrgentPublicationIT {

    private static final String WHY = "The Ofsted monitoring letter arrived after the publication date.";

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    private static String path(long id, String action) {
        return "/api/items/" + id + "/" + action;
    }

    @Test
    void aLateReportIsPublishedOnceTheChairAgreesToTakeItAsUrgent() {
        JsonObject meeting = Api.meetingPastItsPublicationDate(setting);
        JsonObject accepted = acceptedFor(setting, id(meeting), uniqueTitle("Urgent, agreed by the chair"));
        long id = id(accepted);
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "agree-urgent", "defer",
                "withdraw");
        assertThat(tasksFor("chair", id)).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("agree-urgent");
            assertThat(t.getString("due")).isEqualTo(meeting.getString("date"));
        });
        assertThat(strings(ok(get("chair", path(id, "")), 200), "yourActions")).containsExactly("agree-urgent");

        JsonObject late = ok(post("democratic", path(id, "publish"), "{}"), 409);
        assertThat(late.getString("stage")).isEqualTo("response_review");
        assertThat(strings(late, "allowedActions")).contains("agree-urgent");
        assertThat(late.getString("detail")).contains(meeting.getString("publicationDate"))
                .contains("chair's agreement");
        assertThat(lastEntry(id).getString("whatChanged")).as("nothing recorded").startsWith("Response from");

        JsonObject agreed = ok(post("chair", path(id, "agree-urgent"), "{\"reason\": \"" + WHY + "\"}"), 200);
        JsonObject urgent = agreed.getJsonObject("urgent");
        assertThat(urgent.getString("chair")).isEqualTo("chair");
        assertThat(urgent.getString("recordedBy")).isEqualTo("chair");
        assertThat(urgent.getString("reason")).isEqualTo(WHY);
        assertThat(agreed.getString("stage")).isEqualTo("response_review");
        assertThat(strings(agreed, "allowedActions")).containsExactly("publish", "defer", "withdraw");
        assertThat(tasksFor("chair", id)).isEmpty();
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("publish"));
        JsonObject entry = lastEntry(id);
        assertThat(entry.getString("who")).isEqualTo("chair");
        assertThat(entry.getString("why")).isEqualTo(WHY);
        assertThat(entry.getString("whatChanged")).startsWith("Taken as an urgent item").endsWith("Example.");

        JsonObject published = ok(post("democratic", path(id, "publish"), "{}"), 200);
        assertThat(published.getString("stage")).isEqualTo("published");
        assertThat(published.getString("publishedOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).toString());
        assertThat(strings(published, "allowedActions")).containsExactly("record-outcome", "defer", "withdraw");
        JsonObject publication = lastEntry(id);
        assertThat(publication.getString("whatChanged")).startsWith("Published after the publication date");
        assertThat(publication.getString("why")).isEqualTo(WHY);
        assertThat(Api.stagesMovedThrough(id)).endsWith("response_review", "published");
    }

    @Test
    void democraticServicesRecordTheAgreementTheChairGaveThem() {
        JsonObject meeting = Api.meetingPastItsPublicationDate(setting);
        long id = id(acceptedFor(setting, id(meeting), uniqueTitle("Urgent, recorded by democratic services")));
        String agree = path(id, "agree-urgent");

        JsonObject noChair = ok(post("democratic", agree, "{\"reason\": \"" + WHY + "\"}"), 422);
        assertThat(noChair.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("chair");
        JsonObject notAChair = ok(post("democratic", agree, "{\"chair\": \"member\", \"reason\": \"" + WHY + "\"}"),
                422);
        assertThat(notAChair.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("chair");
        JsonObject noReason = ok(post("democratic", agree, "{\"chair\": \"chair\"}"), 422);
        assertThat(noReason.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        for (String user : new String[] {"officer", "member"}) {
            JsonObject forbidden = ok(post(user, agree, "{\"reason\": \"" + WHY + "\"}"), 403);
            assertThat(forbidden.getString("stage")).isEqualTo("response_review");
            assertThat(strings(forbidden, "allowedActions")).contains("agree-urgent");
        }

        JsonObject agreed = ok(post("democratic", agree, "{\"chair\": \"chair\", \"reason\": \"" + WHY + "\"}"), 200);
        assertThat(agreed.getJsonObject("urgent").getString("chair")).isEqualTo("chair");
        assertThat(agreed.getJsonObject("urgent").getString("recordedBy")).isEqualTo("democratic");
        assertThat(lastEntry(id).getString("whatChanged")).contains("(recorded by");
        JsonObject twice = ok(post("chair", agree, "{\"reason\": \"Again\"}"), 409);
        assertThat(twice.getString("detail")).contains("already agreed");

        assertThat(ok(post("democratic", path(id, "publish"), "{}"), 200).getString("stage")).isEqualTo("published");
    }

    @Test
    void aReportThatCanStillBePublishedOnTimeIsNotTakenAsUrgent() {
        JsonObject meeting = Api.scheduleMeetings(setting, 1).get(0);
        JsonObject accepted = acceptedFor(setting, id(meeting), uniqueTitle("On time"));
        long id = id(accepted);
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "defer", "withdraw");
        assertThat(tasksFor("chair", id)).isEmpty();
        JsonObject refused = ok(post("chair", path(id, "agree-urgent"), "{\"reason\": \"" + WHY + "\"}"), 409);
        assertThat(refused.getString("detail")).contains("on time");

        JsonObject onTime = ok(post("democratic", path(id, "publish"),
                "{\"publishedOn\": \"" + meeting.getString("publicationDate") + "\"}"), 200);
        assertThat(onTime.getString("stage")).isEqualTo("published");
        assertThat(Api.absent(onTime, "urgent")).isTrue();
        assertThat(lastEntry(id).getString("whatChanged")).startsWith("Report published on");
    }
}
