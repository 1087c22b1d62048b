package uk.scrutiny.it.recommendations;

import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.itemAwaitingReview;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.scrutiny.it.lifecycle.Api;

/** The steps of the recommendations' follow-up the tests share, over HTTP as the demo users. */
final class FollowUp {

    private FollowUp() {
    }

    /**
     * Waits until the application answers ready. The build's server start waits three minutes for it; on a loaded
     * machine it has taken six, and a test that starts before it gets the server's own 404 page instead of JSON.
     */
    static void awaitApplication() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        int status = 0;
        while (Instant.now().isBefore(giveUp)) {
            try {
                status = get("member", "/health/ready").statusCode();
            } catch (IllegalStateException notAnswering) {
                status = 0;
            }
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The application was not ready after 10 minutes (last status " + status + ")");
    }

    /**
     * Red flag to the committee's outcome "recommendations made", at the setting's meeting (already held, so the
     * outcome can be recorded today).
     */
    static long itemWithRecommendationsMade(Api.Setting s, String title) {
        long id = itemAwaitingReview(s, title);
        ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        JsonObject item = ok(get("democratic", "/api/items/" + id), 200);
        ok(post("democratic", "/api/items/" + id + "/publish", "{\"publishedOn\": \""
                + item.getJsonObject("targetMeeting").getString("publicationDate") + "\"}"), 200);
        ok(post("democratic", "/api/items/" + id + "/record-outcome",
                "{\"resolution\": \"RECOMMENDATIONS_MADE\", \"text\": \"The committee made recommendations.\"}"), 200);
        return id;
    }

    /** Two recommendations, to Cabinet and to a portfolio holder; answers the item's recommendations. */
    static JsonObject recordTwo(long id) {
        return ok(post("democratic", "/api/items/" + id + "/recommendations", """
                {"recommendations": [
                  {"text": "Report each quarter the re-referral rate by locality.", "decisionMaker": "Cabinet",
                   "targetDate": "2027-09-30"},
                  {"text": "Review the threshold document with partners.",
                   "decisionMaker": "Portfolio Holder for Children's Services"}]}
                """), 201);
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
