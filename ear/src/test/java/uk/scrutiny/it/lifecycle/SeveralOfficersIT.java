package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.scheduleMeetings;
import static uk.scrutiny.it.lifecycle.Api.stagesMovedThrough;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.timeline;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An item's request sent to two lead officers (officer and officer2), over HTTP: each answers, is chased, extended,
 * handed over and reviewed on their own, and the item goes on to publication only once both responses are accepted.
 * Also a further officer asked while the first answers, deferral moving both, and the refusals naming the field or
 * the requests.
 */
class SeveralOfficersIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    private static long itemForMeeting(String what, long meetingId) {
        long id = id(raise(setting, uniqueTitle(what)));
        triageReport(id, meetingId);
        agreeKloe(id);
        return id;
    }

    private static JsonObject issueTo(long id, String... officers) {
        return ok(post("democratic", "/api/items/" + id + "/issue-request", "{\"officers\": [\""
                + String.join("\", \"", officers) + "\"]}"), 200);
    }

    /** The item's one request to this officer. */
    private static JsonObject requestOf(JsonObject item, String officer) {
        List<JsonObject> theirs = item.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("officer").equals(officer)).toList();
        assertThat(theirs).as("requests to " + officer).hasSize(1);
        return theirs.get(0);
    }

    private static JsonObject request(JsonObject item, long requestId) {
        return item.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> id(r) == requestId).findFirst().orElseThrow();
    }

    private static String path(long itemId, JsonObject request) {
        return "/api/items/" + itemId + "/requests/" + id(request);
    }

    private static JsonObject item(long id) {
        return ok(get("democratic", "/api/items/" + id), 200);
    }

    private static JsonObject submit(String officer, long id, String text) {
        return ok(post(officer, "/api/items/" + id + "/submit-response", """
                {"answers": [{"line": 1, "text": "%s"}, {"line": 2, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held by locality."}]}
                """.formatted(text)), 200);
    }

    private static List<String> whatChanged(long itemId) {
        return timeline(itemId).stream().filter(e -> e.containsKey("whatChanged"))
                .map(e -> e.getString("whatChanged")).toList();
    }

    @Test
    void bothRespondOneIsReturnedAndTheItemIsPublishedOnlyOnceBothAreAccepted() {
        long id = itemForMeeting("Two officers", setting.meetingId());
        JsonObject issued = issueTo(id, "officer", "officer2");
        assertThat(issued.getString("stage")).isEqualTo("request_issued");
        assertThat(issued.getString("leadOfficer")).as("the first named").isEqualTo("officer");
        assertThat(issued.getJsonArray("requests")).hasSize(2).allSatisfy(
                r -> assertThat(r.asJsonObject().getString("status")).isEqualTo("open"));
        assertThat(whatChanged(id)).anySatisfy(w -> assertThat(w).startsWith("Request issued to Olu Example"))
                .anySatisfy(w -> assertThat(w).startsWith("Request issued to Oona Example"));
        for (String officer : List.of("officer", "officer2")) {
            assertThat(tasksFor(officer, id)).as(officer + "'s own request only").singleElement()
                    .satisfies(t -> assertThat(t.getString("action")).isEqualTo("submit-response"))
                    .satisfies(t -> assertThat(t.getJsonNumber("requestId").longValue())
                            .isEqualTo(id(requestOf(issued, officer))));
            assertThat(Api.object(get(officer, "/api/requests?size=100")).getJsonArray("requests")
                    .getValuesAs(JsonObject.class)).as("the requests list shows " + officer + " only their own")
                    .allSatisfy(r -> assertThat(r.getString("officer")).isEqualTo(officer));
        }
        assertThat(strings(ok(get("officer2", "/api/items/" + id), 200), "yourActions"))
                .containsExactly("submit-response");

        JsonObject oneIn = submit("officer2", id, "Oona's part: the locality figures.");
        assertThat(oneIn.getString("stage")).as("still waiting on officer").isEqualTo("request_issued");
        assertThat(requestOf(oneIn, "officer2").getString("status")).isEqualTo("responded");
        assertThat(requestOf(oneIn, "officer").getString("status")).isEqualTo("open");
        assertThat(strings(oneIn, "allowedActions")).contains("submit-response", "accept-response",
                "return-response");
        assertThat(tasksFor("officer2", id)).isEmpty();
        assertThat(tasksFor("democratic", id)).singleElement().satisfies(t -> assertThat(t.getString("task"))
                .isEqualTo("Review the response from Oona Example (Report Author)"));

        JsonObject bothIn = submit("officer", id, "Olu's part: the thresholds.");
        assertThat(bothIn.getString("stage")).isEqualTo("response_review");
        assertThat(tasksFor("democratic", id)).as("a review entry per response, each naming its request")
                .extracting(t -> t.getString("action"), t -> t.getJsonNumber("requestId").longValue(),
                        t -> t.getString("officer"), t -> t.getString("officerName"))
                .containsExactlyInAnyOrder(
                        tuple("accept-response|return-response", id(requestOf(bothIn, "officer")), "officer",
                                "Olu Example (Lead Officer)"),
                        tuple("accept-response|return-response", id(requestOf(bothIn, "officer2")), "officer2",
                                "Oona Example (Report Author)"));
        assertThat(tasksFor("officer", id)).isEmpty();

        JsonObject which = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 409);
        assertThat(which.getString("detail")).contains("2 responses are waiting for review",
                "request " + id(requestOf(bothIn, "officer")), "request " + id(requestOf(bothIn, "officer2")));
        JsonObject stillBoth = item(id);
        assertThat(stillBoth.getJsonArray("requests")).allSatisfy(
                r -> assertThat(r.asJsonObject().getString("status")).isEqualTo("responded"));

        JsonObject returned = ok(post("democratic", path(id, requestOf(bothIn, "officer2")) + "/return-response",
                "{\"reason\": \"Add the 2025 figures.\"}"), 200);
        assertThat(returned.getString("stage")).isEqualTo("request_issued");
        assertThat(requestOf(returned, "officer2").getString("status")).isEqualTo("open");
        assertThat(requestOf(returned, "officer").getString("status")).as("untouched").isEqualTo("responded");
        assertThat(tasksFor("officer2", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("submit-response"));
        assertThat(tasksFor("officer", id)).isEmpty();

        JsonObject oneAccepted = ok(post("democratic", path(id, requestOf(bothIn, "officer"))
                + "/accept-response", "{}"), 200);
        assertThat(requestOf(oneAccepted, "officer").getString("status")).isEqualTo("accepted");
        assertThat(strings(oneAccepted, "allowedActions")).as("not yet: officer2 still answers")
                .doesNotContain("publish");
        JsonObject twice = ok(post("democratic", path(id, requestOf(bothIn, "officer")) + "/accept-response", "{}"),
                409);
        assertThat(twice.getString("detail")).contains("accepted");
        JsonObject notIn = ok(post("democratic", path(id, requestOf(bothIn, "officer2")) + "/accept-response",
                "{}"), 409);
        assertThat(notIn.getString("detail")).contains("Oona Example", "open");

        submit("officer2", id, "Oona's part, with the 2025 figures.");
        JsonObject accepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(accepted.getJsonArray("requests")).allSatisfy(
                r -> assertThat(r.asJsonObject().getString("status")).isEqualTo("accepted"));
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "withdraw");
        assertThat(whatChanged(id)).anySatisfy(w -> assertThat(w).startsWith("Response from Oona Example")
                .endsWith("returned for more.")).anySatisfy(w -> assertThat(w).startsWith("Response from Olu Example")
                .endsWith("accepted."));

        JsonObject meeting = ok(get("democratic", "/api/items/" + id), 200).getJsonObject("targetMeeting");
        JsonObject published = ok(post("democratic", "/api/items/" + id + "/publish",
                "{\"publishedOn\": \"" + date(meeting, "publicationDate") + "\"}"), 200);
        assertThat(published.getString("stage")).isEqualTo("published");
    }

    @Test
    void anExtensionAndAHandOverOnOneRequestLeaveTheOtherAsItWas() {
        long id = itemForMeeting("Two officers, one extended", setting.meetingId());
        JsonObject issued = issueTo(id, "officer", "officer2");
        JsonObject first = requestOf(issued, "officer");
        JsonObject second = requestOf(issued, "officer2");
        LocalDate due = date(second, "due");

        LocalDate asked = due.plusDays(14);
        JsonObject withAsk = ok(post("officer2", path(id, second) + "/extensions",
                "{\"until\": \"" + asked + "\", \"reason\": \"The data team is rebuilding the extract.\"}"), 201);
        long extensionId = id(requestOf(withAsk, "officer2").getJsonArray("extensions").getJsonObject(0));
        JsonObject notMine = ok(post("officer", path(id, second) + "/extensions",
                "{\"until\": \"" + asked + "\", \"reason\": \"Me too\"}"), 403);
        assertThat(notMine.getString("detail")).contains("addressed to");
        JsonObject granted = ok(post("democratic", path(id, second) + "/extensions/" + extensionId + "/grant", "{}"),
                200);
        assertThat(date(requestOf(granted, "officer2"), "due")).isEqualTo(asked);
        assertThat(date(requestOf(granted, "officer"), "due")).as("the other request's due date").isEqualTo(due);
        assertThat(requestOf(granted, "officer").getJsonArray("extensions")).isEmpty();
        assertThat(tasksFor("officer2", id)).singleElement().satisfies(t -> assertThat(date(t, "due")).isEqualTo(asked));
        assertThat(tasksFor("officer", id)).singleElement().satisfies(t -> assertThat(date(t, "due")).isEqualTo(due));

        // Oona answers and is accepted; Olu then hands his request to her, and only his moves.
        submit("officer2", id, "Oona's part.");
        ok(post("democratic", path(id, second) + "/accept-response", "{}"), 200);
        JsonObject taken = ok(post("officer", path(id, first) + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Oona has the rest of the figures.\"}"), 200);
        assertThat(request(taken, id(first)).getString("officer")).isEqualTo("officer2");
        assertThat(request(taken, id(first)).getString("status")).isEqualTo("open");
        JsonObject untouched = request(taken, id(second));
        assertThat(untouched.getString("status")).as("the accepted request, untouched").isEqualTo("accepted");
        assertThat(untouched.getJsonArray("handOvers")).isEmpty();
        assertThat(date(untouched, "due")).isEqualTo(asked);
        assertThat(taken.getString("leadOfficer")).as("the lead officer's request took the lead with it")
                .isEqualTo("officer2");
        assertThat(tasksFor("officer", id)).isEmpty();
        assertThat(tasksFor("officer2", id)).singleElement().satisfies(t -> assertThat(date(t, "due")).isEqualTo(due));
        assertThat(whatChanged(id)).anySatisfy(w -> assertThat(w)
                .isEqualTo("Request handed over from Olu Example (Lead Officer) to Oona Example (Report Author)."));

        JsonObject answered = submit("officer2", id, "The rest of the figures.");
        assertThat(answered.getString("stage")).isEqualTo("response_review");
        JsonObject accepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(strings(accepted, "allowedActions")).contains("publish");
    }

    @Test
    void aFurtherOfficerAskedWhileTheFirstAnswersIsWaitedForToo() {
        long id = itemForMeeting("A colleague asked later", setting.meetingId());
        JsonObject issued = issueTo(id, "officer");
        assertThat(strings(issued, "allowedActions")).contains("issue-request");
        assertThat(strings(ok(get("officer", "/api/items/" + id), 200), "yourActions"))
                .doesNotContain("issue-request");
        JsonObject notAnOfficersCall = ok(post("officer", "/api/items/" + id + "/issue-request",
                "{\"officers\": [\"officer2\"]}"), 403);
        assertThat(notAnOfficersCall.getString("detail")).contains("democratic services");
        JsonObject again = ok(post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officers\": [\"officer\"]}"), 422);
        assertThat(again.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officers");

        JsonObject both = issueTo(id, "officer2");
        assertThat(both.getJsonArray("requests")).hasSize(2);
        assertThat(both.getString("leadOfficer")).as("the lead stays").isEqualTo("officer");
        assertThat(tasksFor("officer2", id)).singleElement();
        // The demo meeting is held: the further request is due today, later than the rules allow, and the item
        // (still at request issued, so no stage change to carry it) says why on the request's own entry.
        JsonObject meeting = both.getJsonObject("targetMeeting");
        assertThat(date(requestOf(both, "officer2"), "due")).isAfter(date(meeting, "officerResponseDue"));
        assertThat(timeline(id)).filteredOn(e -> e.containsKey("whatChanged")
                && e.getString("whatChanged").startsWith("Request issued to Oona Example")).singleElement()
                .satisfies(e -> assertThat(e.getString("why")).contains(
                        "The officer response deadline (", ") had passed when the request was issued, so it is due "
                        + "on the day of issue.", "The publication date (", "has passed too",
                        "urgent item with the chair's agreement"));

        submit("officer", id, "Olu's part.");
        JsonObject oneAccepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(oneAccepted.getString("stage")).isEqualTo("request_issued");
        assertThat(strings(oneAccepted, "allowedActions")).doesNotContain("publish");

        submit("officer2", id, "Oona's part.");
        JsonObject accepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "withdraw");
        ok(post("democratic", "/api/items/" + id + "/issue-request", "{\"officers\": [\"officer2\"]}"), 409);
    }

    /**
     * Both responses in review, so neither request awaits its officer any more: accepting the first leaves the
     * further officer's review waiting, and only the second acceptance lets the report be published.
     */
    @Test
    void aFurtherOfficersResponseInReviewIsWaitedForWhenTheFirstIsAccepted() {
        long id = itemForMeeting("A colleague asked later, both answered", setting.meetingId());
        issueTo(id, "officer");
        JsonObject both = issueTo(id, "officer2");
        JsonObject first = requestOf(both, "officer");
        JsonObject second = requestOf(both, "officer2");
        submit("officer", id, "Olu's part.");
        submit("officer2", id, "Oona's part.");
        assertThat(tasksFor("democratic", id)).hasSize(2);

        JsonObject oneAccepted = ok(post("democratic", path(id, first) + "/accept-response", "{}"), 200);
        assertThat(strings(oneAccepted, "allowedActions")).as("the further officer's response still in review")
                .contains("accept-response").doesNotContain("publish");
        assertThat(tasksFor("democratic", id)).singleElement();

        JsonObject accepted = ok(post("democratic", path(id, second) + "/accept-response", "{}"), 200);
        assertThat(strings(accepted, "allowedActions")).contains("publish");
    }

    /** The same, the further officer's response accepted first. */
    @Test
    void theFurtherOfficersResponseAcceptedFirstLeavesTheFirstOfficersWaiting() {
        long id = itemForMeeting("A colleague asked later, accepted first", setting.meetingId());
        issueTo(id, "officer");
        JsonObject both = issueTo(id, "officer2");
        JsonObject first = requestOf(both, "officer");
        JsonObject second = requestOf(both, "officer2");
        submit("officer2", id, "Oona's part.");
        submit("officer", id, "Olu's part.");

        JsonObject furtherAccepted = ok(post("democratic", path(id, second) + "/accept-response", "{}"), 200);
        assertThat(requestOf(furtherAccepted, "officer").getString("status")).isEqualTo("responded");
        assertThat(strings(furtherAccepted, "allowedActions")).as("the first officer's response still in review")
                .contains("accept-response").doesNotContain("publish");
        assertThat(tasksFor("democratic", id)).singleElement().satisfies(t -> assertThat(
                t.getJsonNumber("requestId").longValue()).isEqualTo(id(first)));

        JsonObject accepted = ok(post("democratic", path(id, first) + "/accept-response", "{}"), 200);
        assertThat(accepted.getJsonArray("requests")).allSatisfy(
                r -> assertThat(r.asJsonObject().getString("status")).isEqualTo("accepted"));
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "withdraw");
    }

    /** Not only a further officer's: two asked at once, both in review, one accepted, the other still waits. */
    @Test
    void twoAskedAtOnceBothInReviewOneAcceptedTheOtherStillWaits() {
        long id = itemForMeeting("Two asked at once, both in review", setting.meetingId());
        JsonObject issued = issueTo(id, "officer", "officer2");
        submit("officer", id, "Olu's part.");
        submit("officer2", id, "Oona's part.");

        JsonObject oneAccepted = ok(post("democratic", path(id, requestOf(issued, "officer2")) + "/accept-response",
                "{}"), 200);
        assertThat(strings(oneAccepted, "allowedActions")).doesNotContain("publish");
        assertThat(tasksFor("democratic", id)).singleElement().satisfies(t -> assertThat(
                t.getJsonNumber("requestId").longValue()).isEqualTo(id(requestOf(issued, "officer"))));
        JsonObject accepted = ok(post("democratic", "/api/items/" + id + "/accept-response", "{}"), 200);
        assertThat(strings(accepted, "allowedActions")).containsExactly("publish", "withdraw");
    }

    /**
     * Repeated, as the two may or may not meet on the item's lock in a given round. Each officer answers their own
     * request: neither conflicts with the other, so both go through, and the last one in moves the item on.
     */
    @Test
    void twoOfficersSubmittingAtTheSameMomentBothSucceed() throws Exception {
        for (int round = 0; round < 5; round++) {
            long id = itemForMeeting("Two at once " + round, setting.meetingId());
            issueTo(id, "officer", "officer2");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (String officer : List.of("officer", "officer2")) {
                sent.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return post(officer, "/api/items/" + id + "/submit-response", """
                            {"answers": [{"line": 1, "text": "The part %s knows."}, {"line": 2, "text": "A table."}],
                             "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held."}]}
                            """.formatted(officer));
                }));
            }
            start.countDown();
            for (CompletableFuture<HttpResponse<String>> response : sent) {
                assertThat(response.get().statusCode()).as("round " + round + ": " + response.get().body())
                        .isEqualTo(200);
            }
            JsonObject both = item(id);
            assertThat(both.getString("stage")).as("the last one in moved the item on").isEqualTo("response_review");
            assertThat(both.getJsonArray("requests")).hasSize(2).allSatisfy(r -> assertThat(r.asJsonObject()
                    .getString("status")).isEqualTo("responded"));
            assertThat(tasksFor("democratic", id)).as("a review each").hasSize(2);
            assertThat(tasksFor("officer", id)).isEmpty();
            assertThat(tasksFor("officer2", id)).isEmpty();
            assertThat(whatChanged(id)).as("each submission recorded once")
                    .filteredOn(w -> w.startsWith("Response submitted by")).hasSize(2);
            assertThat(stagesMovedThrough(id)).endsWith("request_issued", "response_review");
        }
    }

    /** The same officer sending their response twice at once: exactly one is taken, the other is 409. */
    @Test
    void oneOfficerSubmittingTwiceAtOnceIsTakenOnce() throws Exception {
        long id = itemForMeeting("Sent twice", setting.meetingId());
        issueTo(id, "officer", "officer2");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return post("officer", "/api/items/" + id + "/submit-response", """
                        {"answers": [{"line": 1, "text": "Mine."}, {"line": 2, "text": "A table."}],
                         "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held."}]}
                        """);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            statuses.add(response.get().statusCode());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonObject item = item(id);
        assertThat(item.getString("stage")).isEqualTo("request_issued");
        assertThat(requestOf(item, "officer").getString("status")).isEqualTo("responded");
        assertThat(requestOf(item, "officer2").getString("status")).isEqualTo("open");
        assertThat(tasksFor("democratic", id)).hasSize(1);
        assertThat(whatChanged(id)).filteredOn(w -> w.startsWith("Response submitted by")).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deferralMovesEveryOpenRequestAndItsOfficersTask() {
        List<JsonObject> meetings = scheduleMeetings(setting, 2);
        long id = itemForMeeting("Two officers deferred", id(meetings.get(0)));
        issueTo(id, "officer", "officer2");
        submit("officer2", id, "Oona's part.");
        JsonObject returned = ok(post("democratic", path(id, requestOf(item(id), "officer2")) + "/return-response",
                "{\"reason\": \"More, please.\"}"), 200);
        assertThat(requestOf(returned, "officer2").getString("status")).isEqualTo("open");

        JsonObject deferred = ok(post("democratic", "/api/items/" + id + "/defer", "{\"meetingId\": "
                + id(meetings.get(1)) + ", \"reason\": \"The service review reports later.\"}"), 200);
        LocalDate laterDue = date(meetings.get(1), "officerResponseDue");
        assertThat(deferred.getJsonArray("requests")).hasSize(2).allSatisfy(
                r -> assertThat(date(r.asJsonObject(), "due")).isEqualTo(laterDue));
        for (String officer : List.of("officer", "officer2")) {
            assertThat(tasksFor(officer, id)).as(officer).singleElement()
                    .satisfies(t -> assertThat(date(t, "due")).isEqualTo(laterDue));
        }
    }

    @Test
    void badOfficersAreRefusedNamingTheField() {
        long id = itemForMeeting("Officers refused", setting.meetingId());
        JsonObject none = ok(post("democratic", "/api/items/" + id + "/issue-request", "{}"), 422);
        assertThat(none.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officers");
        JsonObject empty = ok(post("democratic", "/api/items/" + id + "/issue-request", "{\"officers\": []}"), 422);
        assertThat(empty.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officers");
        JsonObject unknown = ok(post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officers\": [\"officer\", \"nobody\"]}"), 422);
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officers");
        assertThat(unknown.getString("detail")).contains("nobody");
        JsonObject twice = ok(post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officers\": [\"officer\", \"officer\"]}"), 422);
        assertThat(twice.getString("detail")).contains("more than once");
        JsonObject oneUnknown = ok(post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officer\": \"nobody\"}"), 422);
        assertThat(oneUnknown.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officer");
        JsonObject member = ok(post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officers\": [\"member\"]}"), 422);
        assertThat(member.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("officers");
        assertThat(item(id).getString("stage")).as("nothing issued").isEqualTo("scoping");
        assertThat(item(id).getJsonArray("requests")).isEmpty();
    }
}
