package uk.scrutiny.it.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.object;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;
import static uk.scrutiny.it.recommendations.FollowUp.itemWithRecommendationsMade;
import static uk.scrutiny.it.recommendations.FollowUp.path;
import static uk.scrutiny.it.recommendations.FollowUp.recommendationId;
import static uk.scrutiny.it.recommendations.FollowUp.recordTwo;
import static uk.scrutiny.it.recommendations.FollowUp.whatChanged;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.lifecycle.Api;

/**
 * What is refused after the outcome, and how: the wrong stage is a 409 naming the stage and the actions allowed
 * now, the wrong user a 403, bad input a 422 (or 400 for what does not parse) naming the field; nothing changes.
 */
class RecommendationRefusalsIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void beforeTheOutcomeRecommendationsAndDeepDivesAreRefusedNamingTheStageAndWhatIsAllowed() {
        long id = raise(setting, uniqueTitle("Too early")).getJsonNumber("id").longValue();

        JsonObject problem = problem(post("democratic", "/api/items/" + id + "/recommendations", """
                {"recommendations": [{"text": "Do something.", "decisionMaker": "Cabinet"}]}"""), 409);
        assertThat(problem.getString("stage")).isEqualTo("triage");
        assertThat(strings(problem, "allowedActions")).containsExactly("triage", "start-enquiries", "withdraw");
        assertThat(problem.getString("detail")).contains("record-recommendations is not possible now");

        JsonObject deepDive = problem(post("democratic", "/api/items/" + id + "/deep-dive", """
                {"scope": "Everything", "keyLinesOfEnquiry": ["Why?"]}"""), 409);
        assertThat(deepDive.getString("stage")).isEqualTo("triage");
        assertThat(strings(ok(get("democratic", "/api/items/" + id + "/deep-dive"), 200), "allowedActions"))
                .containsExactly("triage", "start-enquiries", "withdraw");
        assertThat(problem(post("democratic", "/api/items/" + id + "/deep-dive/findings",
                "{\"finding\": \"x\"}"), 409).getString("stage")).isEqualTo("triage");
        assertThat(ok(get("democratic", "/api/items/" + id + "/recommendations"), 200).getString("stage"))
                .isEqualTo("triage");
    }

    @Test
    void onlyDemocraticServicesRecordRecommendationsResponsesAndProgress() {
        long id = itemWithRecommendationsMade(setting, uniqueTitle("Wrong user"));
        String body = "{\"recommendations\": [{\"text\": \"Do something.\", \"decisionMaker\": \"Cabinet\"}]}";

        JsonObject forbidden = problem(post("chair", "/api/items/" + id + "/recommendations", body), 403);
        assertThat(forbidden.getString("stage")).isEqualTo("considered");
        assertThat(strings(forbidden, "allowedActions")).containsExactly("record-recommendations", "withdraw");
        problem(post("officer", "/api/items/" + id + "/recommendations", body), 403);

        JsonObject recorded = recordTwo(id);
        long first = recommendationId(recorded, 0);
        JsonObject notYours = problem(post("member", path(id, first, "executive-response"),
                "{\"decision\": \"ACCEPTED\"}"), 403);
        assertThat(notYours.getString("stage")).isEqualTo("executive_response");
        assertThat(notYours.getString("detail")).contains("democratic-services");
        assertThat(ok(get("democratic", "/api/items/" + id + "/recommendations"), 200)
                .getJsonArray("recommendations").getJsonObject(0).containsKey("executiveDecision"))
                .as("nothing recorded").isFalse();
    }

    @Test
    void actionsOutOfTurnAfterTheOutcomeAreConflicts() {
        long id = itemWithRecommendationsMade(setting, uniqueTitle("Out of turn"));
        JsonObject recorded = recordTwo(id);
        long first = recommendationId(recorded, 0);

        JsonObject again = problem(post("democratic", "/api/items/" + id + "/recommendations",
                "{\"recommendations\": [{\"text\": \"Another.\", \"decisionMaker\": \"Cabinet\"}]}"), 409);
        assertThat(again.getString("stage")).isEqualTo("executive_response");
        assertThat(strings(again, "allowedActions")).containsExactly("record-executive-response", "withdraw");
        JsonObject early = problem(post("democratic", path(id, first, "progress"),
                "{\"ragStatus\": \"GREEN\", \"notes\": \"Done.\"}"), 409);
        assertThat(early.getString("detail")).contains("record-progress is not possible now");

        ok(post("democratic", path(id, first, "executive-response"), "{\"decision\": \"ACCEPTED\"}"), 200);
        JsonObject twice = problem(post("democratic", path(id, first, "executive-response"),
                "{\"decision\": \"REJECTED\", \"reasons\": \"Changed our mind.\"}"), 422);
        assertThat(field(twice)).isEqualTo("decision");
        problem(post("democratic", path(id, 999_999_999, "executive-response"),
                "{\"decision\": \"ACCEPTED\"}"), 404);
        assertThat(whatChanged(id).stream().filter(w -> w.startsWith("Executive response to recommendation 1")))
                .hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long id = itemWithRecommendationsMade(setting, uniqueTitle("Bad input"));

        assertThat(field(problem(post("democratic", "/api/items/" + id + "/recommendations",
                "{\"recommendations\": []}"), 422))).isEqualTo("recommendations");
        assertThat(field(problem(post("democratic", "/api/items/" + id + "/recommendations",
                "{\"recommendations\": [{\"text\": \"Do something.\"}]}"), 422))).isEqualTo("decisionMaker");
        assertThat(field(problem(post("democratic", "/api/items/" + id + "/recommendations",
                "{\"recommendations\": [{\"text\": \"Do it.\", \"decisionMaker\": \"Cabinet\", \"targetDate\": "
                        + "\"next spring\"}]}"), 400))).isEqualTo("targetDate");
        JsonObject beforeMade = problem(post("democratic", "/api/items/" + id + "/recommendations",
                "{\"recommendations\": [{\"text\": \"Do it.\", \"decisionMaker\": \"Cabinet\"}, {\"text\": "
                        + "\"Do that.\", \"decisionMaker\": \"Cabinet\", \"targetDate\": \"2001-01-01\"}]}"), 422);
        assertThat(field(beforeMade)).isEqualTo("recommendations[1].targetDate");
        assertThat(ok(get("democratic", "/api/items/" + id + "/recommendations"), 200)
                .getJsonArray("recommendations")).as("nothing half-recorded").isEmpty();

        JsonObject recorded = recordTwo(id);
        long first = recommendationId(recorded, 0);
        assertThat(field(problem(post("democratic", path(id, first, "executive-response"),
                "{\"decision\": \"MAYBE\"}"), 422))).isEqualTo("decision");
        assertThat(field(problem(post("democratic", path(id, first, "executive-response"),
                "{\"decision\": \"PARTLY_ACCEPTED\"}"), 422))).isEqualTo("reasons");
        assertThat(field(problem(post("democratic", path(id, first, "executive-response"),
                "{\"decision\": \"ACCEPTED\", \"respondedOn\": \"2999-01-01\"}"), 422))).isEqualTo("respondedOn");
        assertThat(field(problem(post("democratic", path(id, first, "executive-response"),
                "{\"decision\": \"ACCEPTED\", \"respondedOn\": \"1 April\"}"), 400))).isEqualTo("respondedOn");
        ok(post("democratic", path(id, first, "executive-response"), "{\"decision\": \"ACCEPTED\"}"), 200);
        long second = recommendationId(recorded, 1);
        ok(post("democratic", path(id, second, "executive-response"),
                "{\"decision\": \"REJECTED\", \"reasons\": \"Not ours to do.\"}"), 200);

        assertThat(field(problem(post("democratic", path(id, first, "progress"),
                "{\"ragStatus\": \"BLUE\", \"notes\": \"x\"}"), 422))).isEqualTo("ragStatus");
        assertThat(field(problem(post("democratic", path(id, first, "progress"),
                "{\"ragStatus\": \"AMBER\"}"), 422))).isEqualTo("notes");
        assertThat(field(problem(post("democratic", path(id, second, "progress"),
                "{\"ragStatus\": \"AMBER\", \"notes\": \"x\"}"), 422))).as("a rejected one is not monitored")
                .isEqualTo("ragStatus");
        assertThat(field(problem(get("democratic", "/api/recommendations?rag=purple"), 400))).isEqualTo("rag");
        assertThat(field(problem(get("democratic", "/api/recommendations?overdue=soon"), 400))).isEqualTo("overdue");
        assertThat(field(problem(get("democratic", "/api/recommendations?committee=x"), 400))).isEqualTo("committee");
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return object(response);
    }

    private static String field(JsonObject problem) {
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).as(problem.toString()).isNotEmpty();
        return errors.get(0).getString("field");
    }
}
