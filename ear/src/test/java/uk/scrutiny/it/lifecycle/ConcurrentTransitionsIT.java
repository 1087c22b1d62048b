package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.stagesMovedThrough;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Democratic services, officers and chairs act on different items at the same moment: none of them may be refused
 * because of another item (issue 5: actions on different items never conflict). Each step of the lifecycle is sent
 * for every item at once, released together, so the transactions overlap as much as the server lets them.
 */
class ConcurrentTransitionsIT {

    private static final int ITEMS = 16;

    private static Api.Setting setting;
    private static ExecutorService clients;

    @BeforeAll
    static void findDemoDataAndStartTheClients() {
        setting = Api.setting();
        clients = Executors.newFixedThreadPool(ITEMS);
    }

    @AfterAll
    static void stopTheClients() {
        clients.shutdownNow();
    }

    @Test
    void transitionsOnDifferentItemsAtOnceAreAllTakenAndEachItemKeepsItsWholeTimeline() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (HttpResponse<String> raised : all(IntStream.range(0, ITEMS).boxed().toList(), n -> post("member",
                "/api/items", """
                        {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Delayed discharges",
                         "severity": "HIGH", "whyItMatters": "Delays doubled this winter."}
                        """.formatted(setting.committeeId(), setting.dataSourceId(),
                        uniqueTitle("Concurrent " + n))), 201)) {
            ids.add(Api.id(Api.object(raised)));
        }
        all(ids, id -> post("chair", "/api/items/" + id + "/triage", "{\"decision\": \"REPORT\", \"reason\": "
                + "\"Needs a report\", \"meetingId\": " + setting.meetingId() + "}"), 200);
        all(ids, id -> post("democratic", "/api/items/" + id + "/agree-kloe", """
                {"questions": ["Why have delays doubled?"], "dataRequests": ["Delays by ward, 2024-2025"]}
                """), 200);
        all(ids, id -> post("democratic", "/api/items/" + id + "/issue-request", "{\"officer\": \"officer\"}"), 200);
        all(ids, ConcurrentTransitionsIT::submit, 200);
        all(ids, id -> post("democratic", "/api/items/" + id + "/return-response",
                "{\"reason\": \"Add the comparison with statistical neighbours.\"}"), 200);
        all(ids, ConcurrentTransitionsIT::submit, 200);
        List<HttpResponse<String>> accepted = all(ids, id -> post("democratic", "/api/items/" + id
                + "/accept-response", "{}"), 200);
        // The answer to each change is the item as that change left it, not as another item's change did.
        for (int i = 0; i < ITEMS; i++) {
            JsonObject item = Api.object(accepted.get(i));
            assertThat(Api.id(item)).isEqualTo(ids.get(i));
            assertThat(item.getString("stage")).isEqualTo("response_review");
            assertThat(Api.strings(item, "allowedActions")).containsExactly("publish", "withdraw");
            assertThat(Api.strings(item, "yourActions")).containsExactly("publish", "withdraw");
        }
        String publicationDate = ok(get("democratic", "/api/meetings/" + setting.meetingId()), 200)
                .getString("publicationDate");
        all(ids, id -> post("democratic", "/api/items/" + id + "/publish",
                "{\"publishedOn\": \"" + publicationDate + "\"}"), 200);

        for (long id : ids) {
            JsonObject item = ok(get("democratic", "/api/items/" + id), 200);
            assertThat(item.getString("stage")).as("item " + id).isEqualTo("published");
            assertThat(item.getJsonArray("requests").getJsonObject(0).getString("status")).isEqualTo("accepted");
            assertThat(stagesMovedThrough(id)).as("item " + id).containsExactly("red_flag", "triage", "scoping",
                    "request_issued", "response_review", "request_issued", "response_review", "published");
            List<JsonObject> timeline = Api.timeline(id);
            assertThat(timeline).extracting(e -> e.getInt("number")).as("item " + id)
                    .isEqualTo(IntStream.rangeClosed(1, timeline.size()).boxed().toList());
            assertThat(timeline).filteredOn(e -> e.getString("whatChanged").matches("Response from .* accepted\\."))
                    .as("item " + id).hasSize(1);
            assertThat(tasksFor("democratic", id)).singleElement()
                    .satisfies(t -> assertThat(t.getString("action")).isEqualTo("record-outcome"));
        }
    }

    private static HttpResponse<String> submit(long id) {
        return post("officer", "/api/items/" + id + "/submit-response", """
                {"answers": [{"line": 1, "text": "Fewer care home places."},
                             {"line": 2, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held by ward."}]}
                """);
    }

    /**
     * Sends one request per item from as many clients, released at the same moment, and checks every answer's
     * status, naming each refused item with its problem.
     */
    private static <T> List<HttpResponse<String>> all(List<T> items, java.util.function.Function<T,
            HttpResponse<String>> send, int status) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (T item : items) {
            sent.add(clients.submit(() -> {
                go.await();
                return send.apply(item);
            }));
        }
        go.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : sent) {
            answers.add(answer.get());
        }
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (answers.get(i).statusCode() != status) {
                refused.add(items.get(i) + ": " + answers.get(i).statusCode() + " " + answers.get(i).body());
            }
        }
        assertThat(refused).as("answers other than " + status).isEmpty();
        return answers;
    }
}
