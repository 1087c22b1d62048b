package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.itemAwaitingReview;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.stagesMovedThrough;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Actions refused: at the wrong stage (409), by the wrong user (403), with a bad body (400/422), or raced. */
class RefusalsIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    @Test
    void anActionAtTheWrongStageIs409NamingTheStageAndTheActionsAllowedNow() {
        long id = raise(setting, uniqueTitle("Wrong stage")).getJsonNumber("id").longValue();
        HttpResponse<String> response = post("democratic", "/api/items/" + id + "/publish", "{}");
        JsonObject problem = ok(response, 409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.getString("stage")).isEqualTo("triage");
        assertThat(strings(problem, "allowedActions")).containsExactly("triage", "start-enquiries", "withdraw");
        assertThat(problem.getString("detail")).contains("publish");
        assertThat(ok(get("democratic", "/api/items/" + id), 200).getString("stage")).as("unchanged")
                .isEqualTo("triage");
        assertThat(stagesMovedThrough(id)).containsExactly("red_flag", "triage");
    }

    @Test
    void anActionByTheWrongRoleOrTheWrongOfficerIs403WithTheSameDetails() {
        long id = raise(setting, uniqueTitle("Wrong role")).getJsonNumber("id").longValue();
        JsonObject member = ok(post("member", "/api/items/" + id + "/triage",
                "{\"decision\": \"NO_FURTHER_ACTION\", \"reason\": \"Mine\"}"), 403);
        assertThat(member.getString("stage")).isEqualTo("triage");
        assertThat(strings(member, "allowedActions")).containsExactly("triage", "start-enquiries", "withdraw");

        triageReport(id, setting.meetingId());
        agreeKloe(id);
        issue(id);
        JsonObject otherOfficer = ok(post("officer2", "/api/items/" + id + "/submit-response",
                "{\"answers\": [{\"line\": 1, \"text\": \"Not my request\"}]}"), 403);
        assertThat(otherOfficer.getString("stage")).isEqualTo("request_issued");
        assertThat(otherOfficer.getString("detail")).contains("another officer");
        assertThat(ok(get("officer", "/api/items/" + id), 200).getJsonArray("requests").getJsonObject(0)
                .getString("status")).as("nothing submitted").isEqualTo("open");
    }

    @Test
    void badBodiesNameTheOffendingField() {
        JsonObject missing = ok(post("member", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "indicator": "x", "severity": "HIGH"}"""
                .formatted(setting.committeeId(), setting.dataSourceId())), 422);
        assertThat(missing.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("whyItMatters");

        long id = raise(setting, uniqueTitle("Bad body")).getJsonNumber("id").longValue();
        JsonObject decision = ok(post("chair", "/api/items/" + id + "/triage", "{\"decision\": \"MAYBE\"}"), 422);
        assertThat(decision.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("decision");

        JsonObject reviewOn = ok(post("chair", "/api/items/" + id + "/triage",
                "{\"decision\": \"MONITOR\", \"reviewOn\": \"1/3/2027\"}"), 400);
        assertThat(reviewOn.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reviewOn");

        JsonObject noMeeting = ok(post("chair", "/api/items/" + id + "/triage", "{\"decision\": \"REPORT\"}"), 422);
        assertThat(noMeeting.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("meetingId");

        JsonObject unknownMeeting = ok(post("chair", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"meetingId\": 987654321}"), 422);
        assertThat(unknownMeeting.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("meetingId");
        assertThat(ok(get("chair", "/api/items/" + id), 200).getString("stage")).as("unchanged").isEqualTo("triage");

        assertThat(post("chair", "/api/items/" + id + "/triage", "{not json").statusCode()).isEqualTo(400);
        assertThat(get("chair", "/api/items/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void anIncompleteResponseIsRefusedAndNothingChanges() {
        long id = raise(setting, uniqueTitle("Incomplete")).getJsonNumber("id").longValue();
        triageReport(id, setting.meetingId());
        agreeKloe(id);
        issue(id);
        JsonObject problem = ok(post("officer", "/api/items/" + id + "/submit-response",
                "{\"answers\": [{\"line\": 1, \"text\": \"Only the first line\"}]}"), 422);
        assertThat(problem.getJsonArray("errors")).isNotEmpty();
        JsonObject item = ok(get("officer", "/api/items/" + id), 200);
        assertThat(item.getString("stage")).isEqualTo("request_issued");
        assertThat(item.getJsonArray("requests").getJsonObject(0).getString("status")).isEqualTo("open");
        assertThat(strings(item, "yourActions")).containsExactly("submit-response");
    }

    /** Repeated, since which of the two checks catches the loser (item version or waiting task) varies per run. */
    @Test
    void ofTwoConcurrentConflictingActionsExactlyOneWinsAndTheOtherIs409() throws Exception {
        for (int round = 0; round < 5; round++) {
            race(itemAwaitingReview(setting, uniqueTitle("Race " + round)));
        }
    }

    private static void race(long id) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Supplier<HttpResponse<String>> accept = () -> {
            await(start);
            return post("democratic", "/api/items/" + id + "/accept-response", "{}");
        };
        Supplier<HttpResponse<String>> giveBack = () -> {
            await(start);
            return post("democratic", "/api/items/" + id + "/return-response", "{\"reason\": \"More please\"}");
        };
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(accept);
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(giveBack);
        start.countDown();
        List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());
        assertThat(statuses).as(first.get().body() + " / " + second.get().body()).containsExactlyInAnyOrder(200, 409);

        HttpResponse<String> loser = first.get().statusCode() == 409 ? first.get() : second.get();
        JsonObject conflict = Api.object(loser);
        assertThat(conflict.getString("stage")).as(loser.body()).isIn("response_review", "request_issued");
        assertThat(conflict.containsKey("allowedActions")).as(loser.body()).isTrue();

        JsonObject item = ok(get("democratic", "/api/items/" + id), 200);
        String requestStatus = item.getJsonArray("requests").getJsonObject(0).getString("status");
        if (first.get().statusCode() == 200) {
            assertThat(requestStatus).isEqualTo("accepted");
            assertThat(strings(item, "allowedActions")).containsExactly("publish", "withdraw");
        } else {
            assertThat(requestStatus).isEqualTo("open");
            assertThat(item.getString("stage")).isEqualTo("request_issued");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
