package uk.scrutiny.it.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.stagesMovedThrough;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;
import static uk.scrutiny.it.recommendations.FollowUp.followUpTasks;
import static uk.scrutiny.it.recommendations.FollowUp.itemWithRecommendationsMade;
import static uk.scrutiny.it.recommendations.FollowUp.path;
import static uk.scrutiny.it.recommendations.FollowUp.recommendationId;
import static uk.scrutiny.it.recommendations.FollowUp.recordTwo;
import static uk.scrutiny.it.recommendations.FollowUp.whatChanged;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.lifecycle.Api;

/**
 * The paths a user can take after the committee makes recommendations, step by step over HTTP as the demo users:
 * the recommendations recorded, the executive's response to each, the monitoring to completion, and closing.
 */
class RecommendationsIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void recommendationsThenExecutiveResponseThenMonitoringToClosedAssertsStageTasksDeadlineAndTimeline() {
        long id = itemWithRecommendationsMade(setting, uniqueTitle("Recommendations path"));
        LocalDate madeOn = date(FollowUp.meetingLongPast(setting), "date");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        JsonObject awaiting = ok(get("democratic", "/api/items/" + id + "/recommendations"), 200);
        assertThat(awaiting.getString("stage")).isEqualTo("considered");
        assertThat(awaiting.getJsonArray("recommendations")).isEmpty();
        assertThat(strings(awaiting, "allowedActions")).containsExactly("record-recommendations", "withdraw");
        assertThat(strings(awaiting, "yourActions")).containsExactly("record-recommendations", "withdraw");
        assertThat(strings(ok(get("member", "/api/items/" + id + "/recommendations"), 200), "yourActions"))
                .isEmpty();

        JsonObject recorded = recordTwo(id); // and escalated: the response was due long ago
        assertThat(recorded.getString("stage")).isEqualTo("executive_response");
        assertThat(recorded.getJsonArray("recommendations")).hasSize(2);
        JsonObject first = recorded.getJsonArray("recommendations").getJsonObject(0);
        assertThat(first.getInt("number")).isEqualTo(1);
        assertThat(first.getString("decisionMaker")).isEqualTo("Cabinet");
        assertThat(date(first, "madeOn")).as("made at the meeting").isEqualTo(madeOn);
        assertThat(date(first, "targetDate")).isEqualTo(LocalDate.of(2027, 9, 30));
        JsonObject deadline = recorded.getJsonObject("executiveResponse");
        LocalDate due = date(deadline, "due");
        LocalDate twoMonths = madeOn.plusMonths(2);
        assertThat(due).as("the last working day within two months").isBetween(twoMonths.minusDays(5), twoMonths);
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(date(first, "executiveResponseDue")).isEqualTo(due);
        assertThat(strings(deadline, "howWorkedOut")).isNotEmpty().last().asString().contains("Executive response due");
        assertThat(date(deadline, "reminderOn")).isBefore(due);
        assertThat(date(deadline, "escalationOn")).isEqualTo(due.plusDays(1));
        assertThat(due).isBefore(today);
        assertThat(deadline.getBoolean("overdue")).isTrue();
        assertThat(first.getBoolean("executiveResponseOverdue")).isTrue();
        assertThat(strings(recorded, "allowedActions")).containsExactly("record-executive-response", "withdraw");
        assertThat(recorded.getJsonObject("waitingFor").getString("name"))
                .isEqualTo("Chase the overdue executive response and record it");
        assertThat(recorded.getJsonObject("waitingFor").getString("due")).isEqualTo(due.toString());
        assertThat(followUpTasks("democratic", id)).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("record-executive-response");
            assertThat(t.getString("task")).isEqualTo("Chase the overdue executive response and record it");
            assertThat(date(t, "due")).isEqualTo(due);
            assertThat(t.getBoolean("overdue")).isTrue();
        });
        List<JsonObject> timeline = Api.array(get("democratic", "/api/items/" + id + "/timeline"))
                .getValuesAs(JsonObject.class);
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.getString("whatChanged")).isEqualTo("Executive response overdue: 2 recommendations still "
                    + "without a response, due on " + display(due) + ". Escalated to democratic services.");
            assertThat(Api.absent(e, "who")).as("the timer, not a person").isTrue();
            assertThat(e.getString("toStage")).isEqualTo("executive_response");
        });
        assertThat(followUpTasks("member", id)).isEmpty();
        assertThat(followUpTasks("officer", id)).isEmpty();
        assertThat(whatChanged(id)).contains(
                "Recommendation 1 to Cabinet: \"Report each quarter the re-referral rate by locality.\", to be "
                        + "achieved by Thu 30 Sep 2027.",
                "Recommendation 2 to Portfolio Holder for Children's Services: \"Review the threshold document "
                        + "with partners.\".");
        String overdueFilter = "/api/recommendations?committee=" + setting.committeeId() + "&overdue=true";
        assertThat(Api.array(get("member", overdueFilter)).getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonNumber("itemId").longValue()).isEqualTo(id));

        long cabinet = recommendationId(recorded, 0);
        long portfolio = recommendationId(recorded, 1);
        JsonObject oneAnswered = ok(post("democratic", path(id, cabinet, "executive-response"),
                "{\"decision\": \"ACCEPTED\"}"), 200);
        assertThat(oneAnswered.getString("stage")).as("one still awaits its response").isEqualTo("executive_response");
        assertThat(oneAnswered.getJsonArray("recommendations").getJsonObject(0).getString("executiveDecision"))
                .isEqualTo("accepted");
        JsonObject answered = ok(post("democratic", path(id, portfolio, "executive-response"),
                "{\"decision\": \"REJECTED\", \"reasons\": \"The threshold document was reviewed in 2025.\"}"), 200);
        assertThat(answered.getString("stage")).isEqualTo("monitoring_recommendations");
        assertThat(strings(answered, "allowedActions")).containsExactly("record-progress", "withdraw");
        assertThat(followUpTasks("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-progress"));

        JsonObject amber = ok(post("democratic", path(id, cabinet, "progress"),
                "{\"ragStatus\": \"AMBER\", \"notes\": \"First quarterly report received; localities to follow.\"}"),
                200);
        assertThat(amber.getString("stage")).isEqualTo("monitoring_recommendations");
        assertThat(amber.getJsonArray("recommendations").getJsonObject(0).getString("ragStatus")).isEqualTo("amber");
        assertThat(Api.array(get("democratic", "/api/recommendations?rag=amber&decisionMaker=cabinet&committee="
                + setting.committeeId())).getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(cabinet))
                .allSatisfy(r -> {
                    assertThat(r.getString("ragStatus")).isEqualTo("amber");
                    assertThat(r.getString("decisionMaker")).containsIgnoringCase("cabinet");
                });

        JsonObject closed = ok(post("democratic", path(id, cabinet, "progress"),
                "{\"ragStatus\": \"GREEN\", \"notes\": \"Reported by locality every quarter.\"}"), 200);
        assertThat(closed.getString("stage")).isEqualTo("closed");
        JsonObject achieved = closed.getJsonArray("recommendations").getJsonObject(0);
        assertThat(date(achieved, "achievedOn")).isEqualTo(today);
        assertThat(achieved.getJsonArray("updates")).hasSize(2);
        assertThat(strings(closed, "allowedActions")).isEmpty();
        assertThat(Api.absent(closed, "waitingFor")).isTrue();
        assertThat(followUpTasks("democratic", id)).isEmpty();

        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage", "scoping", "request_issued",
                "response_review", "published", "considered", "executive_response", "monitoring_recommendations",
                "closed");
        assertThat(whatChanged(id)).contains(
                "Executive response to recommendation 1 (Cabinet): accepted, on " + display(today)
                        + ", after it was due on " + display(due) + ".",
                "Progress on recommendation 1: amber.", "Progress on recommendation 1: green (achieved).");
    }

    @Test
    void everyRecommendationRejectedClosesTheItemWithoutMonitoring() {
        long id = itemWithRecommendationsMade(setting, uniqueTitle("All rejected"));
        JsonObject recorded = recordTwo(id);

        ok(post("democratic", path(id, recommendationId(recorded, 0), "executive-response"),
                "{\"decision\": \"REJECTED\", \"reasons\": \"No budget this year.\"}"), 200);
        JsonObject closed = ok(post("democratic", path(id, recommendationId(recorded, 1), "executive-response"),
                "{\"decision\": \"REJECTED\", \"reasons\": \"Already done.\"}"), 200);

        assertThat(closed.getString("stage")).isEqualTo("closed");
        assertThat(stagesMovedThrough(id)).endsWith("considered", "executive_response", "closed");
        assertThat(followUpTasks("democratic", id)).isEmpty();
    }

    @Test
    void partlyAcceptedIsMonitoredLikeAccepted() {
        long id = itemWithRecommendationsMade(setting, uniqueTitle("Partly accepted"));
        JsonObject recorded = ok(post("democratic", "/api/items/" + id + "/recommendations",
                "{\"recommendations\": [{\"text\": \"Publish waiting times monthly.\", \"decisionMaker\": "
                        + "\"Cabinet\"}]}"), 201);
        recorded = FollowUp.awaitEscalation(id);
        long only = recommendationId(recorded, 0);

        JsonObject monitored = ok(post("democratic", path(id, only, "executive-response"),
                "{\"decision\": \"PARTLY_ACCEPTED\", \"reasons\": \"Quarterly, not monthly.\"}"), 200);

        assertThat(monitored.getString("stage")).isEqualTo("monitoring_recommendations");
        JsonObject recommendation = monitored.getJsonArray("recommendations").getJsonObject(0);
        assertThat(recommendation.getString("executiveDecision")).isEqualTo("partly_accepted");
        assertThat(recommendation.getString("executiveReasons")).isEqualTo("Quarterly, not monthly.");
        JsonObject red = ok(post("democratic", path(id, only, "progress"),
                "{\"ragStatus\": \"RED\", \"notes\": \"Nothing published yet.\"}"), 200);
        assertThat(red.getString("stage")).isEqualTo("monitoring_recommendations");
        assertThat(Api.array(get("chair", "/api/recommendations?rag=RED")).getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getJsonNumber("id").longValue()).isEqualTo(only));
    }

    @Test
    void theOpenApiDocumentDescribesTheRecommendationsAndDeepDiveApiWithSchemasAndExamples() {
        String document = get("member", "/openapi").body();

        assertThat(document).contains("/api/items/{id}/recommendations:",
                "/api/items/{id}/recommendations/{recommendationId}/executive-response:",
                "/api/items/{id}/recommendations/{recommendationId}/progress:", "/api/recommendations:",
                "/api/recommendations/my-tasks:", "/api/items/{id}/deep-dive:", "/api/items/{id}/deep-dive/sessions:",
                "/api/items/{id}/deep-dive/findings:", "/api/items/{id}/deep-dive/final-report:",
                "ItemRecommendations:", "NewRecommendation:", "ExecutiveResponseDeadline:", "ProgressUpdate:",
                "NewEvidenceSession:", "FinalReport:", "two recommendations", "partly accepted",
                "missing decision maker");
    }

    private static String display(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
