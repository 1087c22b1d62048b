package uk.scrutiny.it.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.submit;
import static uk.scrutiny.it.lifecycle.Api.triageReport;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.scrutiny.it.lifecycle.Api;

/** The steps of the recommendations' follow-up the tests share, over HTTP as the demo users. */
final class FollowUp {

    private FollowUp() {
    }

    /**
     * A meeting of the setting's committee held more than three months ago: recommendations made there are past
     * their executive response date, so both timers of the response are due as soon as they are recorded, and the
     * test waits for them rather than racing the job executor.
     */
    static JsonObject meetingLongPast(Api.Setting s) {
        LocalDate before = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(3);
        List<JsonObject> held = Api.array(get("democratic", "/api/meetings?committee=" + s.committeeId() + "&to="
                + before)).getValuesAs(JsonObject.class).stream()
                .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
        assertThat(held).as("demo meetings more than three months ago").isNotEmpty();
        return held.get(held.size() - 1);
    }

    /** Red flag to the committee's outcome "recommendations made" at the meeting (already held). */
    static long itemWithRecommendationsMade(Api.Setting s, String title) {
        long meetingId = meetingLongPast(s).getJsonNumber("id").longValue();
        long id = raise(s, title).getJsonNumber("id").longValue();
        triageReport(id, meetingId);
        agreeKloe(id);
        issue(id);
        submit(id);
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        JsonObject item = ok(get("democratic", "/api/items/" + id), 200);
        ok(post("democratic", "/api/items/" + id + "/publish", "{\"publishedOn\": \""
                + item.getJsonObject("targetMeeting").getString("publicationDate") + "\"}"), 200);
        ok(post("democratic", "/api/items/" + id + "/record-outcome",
                "{\"resolution\": \"RECOMMENDATIONS_MADE\", \"text\": \"The committee made recommendations.\"}"), 200);
        return id;
    }

    /**
     * Waits (a minute at most) for the executive response's escalation, which the application's job executor runs
     * about a second after recording recommendations whose response is overdue, and answers the item's
     * recommendations then.
     */
    static JsonObject awaitEscalation(long id) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp)) {
            JsonObject recommendations = ok(get("democratic", "/api/items/" + id + "/recommendations"), 200);
            if (!Api.absent(recommendations, "waitingFor") && recommendations.getJsonObject("waitingFor")
                    .getString("name").startsWith("Chase the overdue")) {
                return recommendations;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No escalation of item " + id + " after a minute: " + whatChanged(id));
    }

    /** Two recommendations, to Cabinet and to a portfolio holder; answers the item's recommendations once escalated. */
    static JsonObject recordTwo(long id) {
        ok(post("democratic", "/api/items/" + id + "/recommendations", """
                {"recommendations": [
                  {"text": "Report each quarter the re-referral rate by locality.", "decisionMaker": "Cabinet",
                   "targetDate": "2027-09-30"},
                  {"text": "Review the threshold document with partners.",
                   "decisionMaker": "Portfolio Holder for Children's Services"}]}
                """), 201);
        return awaitEscalation(id);
    }

    static long recommendationId(JsonObject recommendations, int index) {
        return recommendations.getJsonArray("recommendations").getJsonObject(index).getJsonNumber("id").longValue();
    }

    static String path(long id, long recommendationId, String action) {
        return "/api/items/" + id + "/recommendations/" + recommendationId + "/" + action;
    }

    /** The entries of the item's timeline that say what changed. */
    static List<String> whatChanged(long id) {
        return Api.array(get("democratic", "/api/items/" + id + "/timeline")).getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("whatChanged")).toList();
    }

    /** The signed-in user's follow-up tasks for one item. */
    static List<JsonObject> followUpTasks(String user, long id) {
        return Api.array(get(user, "/api/recommendations/my-tasks")).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("itemId").longValue() == id).toList();
    }
}
