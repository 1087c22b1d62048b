package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.array;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extensions (asked by the officer, granted or refused by democratic services) and hand-overs of a request to
 * another officer, over HTTP: the request's and the officer task's due dates, who sees what in my-tasks, who may
 * act, and the timeline after each step.
 */
class ExtensionsAndHandOverIT {

    private static Api.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Api.setting();
    }

    /** An item whose request waits on "officer", and that request. */
    private record Issued(long itemId, long requestId, LocalDate due) {
        String path() {
            return "/api/items/" + itemId + "/requests/" + requestId;
        }
    }

    private static Issued issued(String what) {
        long id = raise(setting, uniqueTitle(what)).getJsonNumber("id").longValue();
        triageReport(id, setting.meetingId());
        agreeKloe(id);
        JsonObject request = issue(id).getJsonArray("requests").getJsonObject(0);
        return new Issued(id, request.getJsonNumber("id").longValue(), date(request, "due"));
    }

    private static JsonObject request(JsonObject item) {
        return item.getJsonArray("requests").getJsonObject(0);
    }

    private static long ask(Issued issued, LocalDate until) {
        HttpResponse<String> response = post("officer", issued.path() + "/extensions",
                "{\"until\": \"" + until + "\", \"reason\": \"The data team is rebuilding the locality extract.\"}");
        JsonObject item = ok(response, 201);
        var extensions = request(item).getJsonArray("extensions");
        JsonObject extension = extensions.getJsonObject(extensions.size() - 1); // oldest first: the new one is last
        assertThat(extension.getString("decision")).isEqualTo("pending");
        assertThat(date(extension, "requestedDue")).isEqualTo(until);
        long extensionId = extension.getJsonNumber("id").longValue();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(issued.path() + "/extensions/" + extensionId));
        return extensionId;
    }

    private static List<String> whatChanged(long itemId) {
        return array(get("democratic", "/api/items/" + itemId + "/timeline")).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("whatChanged")).toList();
    }

    private static String submitBody(String text) {
        return """
                {"answers": [{"line": 1, "text": "%s"}, {"line": 2, "text": "Attached as a table."}],
                 "notProvided": [{"inclusion": "COSTINGS_AND_BUDGET", "reason": "Not held by locality."}]}
                """.formatted(text);
    }

    @Test
    void aGrantedExtensionMovesTheRequestsAndTheOfficerTasksDueDate() {
        Issued issued = issued("Extension granted");
        LocalDate asked = issued.due().plusDays(14);
        assertThat(tasksFor("democratic", issued.itemId())).as("nothing waits on democratic services yet").isEmpty();

        long extensionId = ask(issued, asked);
        assertThat(tasksFor("democratic", issued.itemId())).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("grant-extension|refuse-extension");
            assertThat(date(t, "due")).isEqualTo(issued.due());
        });
        JsonObject again = ok(post("officer", issued.path() + "/extensions",
                "{\"until\": \"" + asked.plusDays(7) + "\", \"reason\": \"More\"}"), 409);
        assertThat(again.getString("stage")).isEqualTo("request_issued");
        assertThat(again.getString("detail")).contains("awaiting a decision");

        LocalDate granted = issued.due().plusDays(21);
        JsonObject item = ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant",
                "{\"until\": \"" + granted + "\", \"note\": \"Three weeks, given the rebuild.\"}"), 200);
        JsonObject request = request(item);
        assertThat(date(request, "due")).isEqualTo(granted);
        assertThat(date(request, "originalDue")).isEqualTo(issued.due());
        JsonObject extension = request.getJsonArray("extensions").getJsonObject(0);
        assertThat(extension.getString("decision")).isEqualTo("granted");
        assertThat(date(extension, "grantedDue")).isEqualTo(granted);
        assertThat(extension.getString("decidedBy")).isEqualTo("democratic");
        assertThat(item.getString("stage")).isEqualTo("request_issued");
        assertThat(date(item.getJsonObject("waitingFor"), "due")).as("the process task's due date").isEqualTo(granted);
        assertThat(tasksFor("officer", issued.itemId())).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("submit-response");
            assertThat(date(t, "due")).isEqualTo(granted);
        });
        assertThat(tasksFor("democratic", issued.itemId())).as("decided").isEmpty();

        JsonObject twice = ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/refuse",
                "{\"reason\": \"Changed my mind\"}"), 409);
        assertThat(twice.getString("stage")).isEqualTo("request_issued");
        assertThat(strings(twice, "allowedActions")).containsExactly("submit-response", "issue-request", "withdraw");
        assertThat(twice.getString("detail")).contains("already granted");
        assertThat(date(request(ok(get("democratic", "/api/items/" + issued.itemId()), 200)), "due"))
                .as("unchanged by the refused second decision").isEqualTo(granted);

        assertThat(whatChanged(issued.itemId())).anySatisfy(w -> assertThat(w).startsWith("Extension asked for by"))
                .anySatisfy(w -> assertThat(w).startsWith("Extension granted"));
        assertThat(array(get("democratic", "/api/items/" + issued.itemId() + "/timeline"))
                .getValuesAs(JsonObject.class)).last().satisfies(e -> {
                    assertThat(e.getString("who")).isEqualTo("democratic");
                    assertThat(e.getString("why")).isEqualTo("Three weeks, given the rebuild.");
                });

        // The later return-and-resubmit loop keeps the extended date: the officer task is recreated from the domain.
        assertThat(ok(post("officer", "/api/items/" + issued.itemId() + "/submit-response",
                submitBody("Done within the extension.")), 200).getString("stage")).isEqualTo("response_review");
        ok(post("democratic", "/api/items/" + issued.itemId() + "/return-response", "{\"reason\": \"More.\"}"), 200);
        assertThat(tasksFor("officer", issued.itemId())).singleElement()
                .satisfies(t -> assertThat(date(t, "due")).isEqualTo(granted));
    }

    @Test
    void aGrantWithoutADateGivesTheDateAskedFor() {
        Issued issued = issued("Extension as asked");
        LocalDate asked = issued.due().plusDays(10);
        long extensionId = ask(issued, asked);
        JsonObject item = ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant", "{}"), 200);
        assertThat(date(request(item), "due")).isEqualTo(asked);
        assertThat(tasksFor("officer", issued.itemId())).singleElement()
                .satisfies(t -> assertThat(date(t, "due")).isEqualTo(asked));
    }

    @Test
    void aRefusedExtensionLeavesTheDueDatesAndASecondDecisionIs409() {
        Issued issued = issued("Extension refused");
        long extensionId = ask(issued, issued.due().plusDays(14));

        JsonObject item = ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/refuse",
                "{\"reason\": \"The meeting cannot move.\"}"), 200);
        JsonObject request = request(item);
        assertThat(date(request, "due")).isEqualTo(issued.due());
        JsonObject extension = request.getJsonArray("extensions").getJsonObject(0);
        assertThat(extension.getString("decision")).isEqualTo("refused");
        assertThat(extension.getString("decisionReason")).isEqualTo("The meeting cannot move.");
        assertThat(tasksFor("officer", issued.itemId())).singleElement()
                .satisfies(t -> assertThat(date(t, "due")).isEqualTo(issued.due()));
        assertThat(tasksFor("democratic", issued.itemId())).isEmpty();

        JsonObject second = ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant", "{}"), 409);
        assertThat(second.getString("stage")).isEqualTo("request_issued");
        assertThat(second.getString("detail")).contains("already refused");
        assertThat(date(request(ok(get("officer", "/api/items/" + issued.itemId()), 200)), "due"))
                .isEqualTo(issued.due());
        assertThat(whatChanged(issued.itemId())).filteredOn(w -> w.startsWith("Extension")).satisfiesExactly(
                w -> assertThat(w).startsWith("Extension asked for by"),
                w -> assertThat(w).startsWith("Extension refused").contains("still due"));

        // A refusal does not stop the officer asking again, for a different date.
        assertThat(ask(issued, issued.due().plusDays(7))).isNotEqualTo(extensionId);
    }

    @Test
    void onlyTheAddressedOfficerAsksAndOnlyDemocraticServicesDecide() {
        Issued issued = issued("Extension wrong people");
        JsonObject otherOfficer = ok(post("officer2", issued.path() + "/extensions",
                "{\"until\": \"" + issued.due().plusDays(14) + "\", \"reason\": \"Not mine\"}"), 403);
        assertThat(otherOfficer.getString("stage")).isEqualTo("request_issued");
        assertThat(strings(otherOfficer, "allowedActions")).containsExactly("submit-response", "issue-request", "withdraw");
        assertThat(request(ok(get("democratic", "/api/items/" + issued.itemId()), 200)).getJsonArray("extensions"))
                .as("nothing recorded").isEmpty();

        long extensionId = ask(issued, issued.due().plusDays(14));
        assertThat(post("officer", issued.path() + "/extensions/" + extensionId + "/grant", "{}").statusCode())
                .as("an officer cannot grant their own extension").isEqualTo(403);
        assertThat(post("chair", issued.path() + "/extensions/" + extensionId + "/refuse",
                "{\"reason\": \"No\"}").statusCode()).isEqualTo(403);
        assertThat(tasksFor("chair", issued.itemId())).isEmpty();
        assertThat(request(ok(get("democratic", "/api/items/" + issued.itemId()), 200)).getJsonArray("extensions")
                .getJsonObject(0).getString("decision")).isEqualTo("pending");
    }

    @Test
    void badBodiesAndUnknownIdsAreRefusedNamingTheField() {
        Issued issued = issued("Extension bad input");
        JsonObject noDate = ok(post("officer", issued.path() + "/extensions", "{\"reason\": \"Busy\"}"), 422);
        assertThat(noDate.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("until");
        JsonObject badDate = ok(post("officer", issued.path() + "/extensions",
                "{\"until\": \"next week\", \"reason\": \"Busy\"}"), 400);
        assertThat(badDate.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("until");
        JsonObject earlier = ok(post("officer", issued.path() + "/extensions",
                "{\"until\": \"" + issued.due().minusDays(1) + "\", \"reason\": \"Busy\"}"), 422);
        assertThat(earlier.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("requestedDue");

        assertThat(post("officer", "/api/items/" + issued.itemId() + "/requests/999999999/extensions",
                "{\"until\": \"" + issued.due().plusDays(3) + "\", \"reason\": \"Busy\"}").statusCode())
                .isEqualTo(404);
        assertThat(post("democratic", issued.path() + "/extensions/999999999/grant", "{}").statusCode())
                .isEqualTo(404);
        assertThat(post("democratic", "/api/items/999999999/requests/" + issued.requestId() + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Leave\"}").statusCode()).isEqualTo(404);
        JsonObject noReason = ok(post("officer", issued.path() + "/hand-over", "{\"toUsername\": \"officer2\"}"), 422);
        assertThat(noReason.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
    }

    @Test
    void aHandedOverRequestIsTheNewOfficersToAnswerAndNoLongerTheOldOnes() {
        Issued issued = issued("Hand-over");
        JsonObject item = ok(post("officer", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Oona leads on the locality data.\"}"), 200);
        JsonObject request = request(item);
        assertThat(request.getString("officer")).isEqualTo("officer2");
        assertThat(item.getString("leadOfficer")).as("the lead officer's request takes the lead with it")
                .isEqualTo("officer2");
        assertThat(whatChanged(issued.itemId())).last().asString().startsWith("Lead officer: Oona Example");
        assertThat(request.getJsonArray("handOvers").getJsonObject(0).getString("from")).isEqualTo("officer");
        assertThat(date(request, "due")).as("a hand-over does not move the due date").isEqualTo(issued.due());
        assertThat(item.getJsonObject("waitingFor").getString("assignee")).isEqualTo("officer2");
        assertThat(tasksFor("officer", issued.itemId())).isEmpty();
        assertThat(tasksFor("officer2", issued.itemId())).singleElement().satisfies(t -> {
            assertThat(t.getString("action")).isEqualTo("submit-response");
            assertThat(date(t, "due")).isEqualTo(issued.due());
        });
        assertThat(strings(ok(get("officer2", "/api/items/" + issued.itemId()), 200), "yourActions"))
                .containsExactly("submit-response");

        JsonObject old = ok(post("officer", "/api/items/" + issued.itemId() + "/submit-response",
                submitBody("Still mine?")), 403);
        assertThat(old.getString("detail")).contains("another officer");
        assertThat(post("officer", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer\", \"reason\": \"Back to me\"}").statusCode())
                .as("no longer the officer's to hand over").isEqualTo(403);

        JsonObject responded = ok(post("officer2", "/api/items/" + issued.itemId() + "/submit-response",
                submitBody("Answered by the report author.")), 200);
        assertThat(responded.getString("stage")).isEqualTo("response_review");
        assertThat(request(responded).getString("status")).isEqualTo("responded");
        assertThat(post("officer2", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer\", \"reason\": \"Too late\"}").statusCode())
                .as("nothing to hand over once submitted").isEqualTo(409);

        List<JsonObject> timeline = array(get("democratic", "/api/items/" + issued.itemId() + "/timeline"))
                .getValuesAs(JsonObject.class);
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.getString("whatChanged")).startsWith("Request handed over from");
            assertThat(e.getString("who")).isEqualTo("officer");
            assertThat(e.getString("why")).isEqualTo("Oona leads on the locality data.");
        });
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.getString("whatChanged")).startsWith("Response submitted");
            assertThat(e.getString("who")).isEqualTo("officer2");
        });
    }

    @Test
    void anExtensionStillPendingWhenTheOfficerSubmitsClosesAsNoLongerNeeded() {
        Issued issued = issued("Extension overtaken by the response");
        long extensionId = ask(issued, issued.due().plusDays(10));
        assertThat(tasksFor("democratic", issued.itemId())).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("grant-extension|refuse-extension"));

        JsonObject responded = ok(post("officer", "/api/items/" + issued.itemId() + "/submit-response",
                submitBody("Done sooner than feared.")), 200);

        JsonObject extension = request(responded).getJsonArray("extensions").getJsonObject(0);
        assertThat(extension.getString("decision")).isEqualTo("not_needed");
        assertThat(extension.getString("decisionReason")).contains("response was submitted");
        assertThat(date(request(responded), "due")).as("unchanged").isEqualTo(issued.due());
        assertThat(tasksFor("democratic", issued.itemId())).singleElement().as("only the review waits")
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("accept-response|return-response"));
        assertThat(whatChanged(issued.itemId())).anySatisfy(w -> assertThat(w).startsWith("Extension asked for on")
                .endsWith("closed undecided: no longer needed."));
        JsonObject late = ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant", "{}"), 409);
        assertThat(late.getString("stage")).isEqualTo("response_review");
        assertThat(strings(late, "allowedActions")).contains("accept-response", "return-response");
    }

    @Test
    void democraticServicesHandOverButNotToANonOfficer() {
        Issued issued = issued("Hand-over refused");
        JsonObject notAnOfficer = ok(post("democratic", issued.path() + "/hand-over",
                "{\"toUsername\": \"member\", \"reason\": \"Wrong person\"}"), 422);
        assertThat(notAnOfficer.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("toUsername");
        assertThat(ok(post("democratic", issued.path() + "/hand-over",
                "{\"toUsername\": \"nobody-at-all\", \"reason\": \"Wrong person\"}"), 422).getJsonArray("errors")
                .getJsonObject(0).getString("field")).isEqualTo("toUsername");
        assertThat(post("member", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Not mine to move\"}").statusCode()).isEqualTo(403);
        assertThat(request(ok(get("democratic", "/api/items/" + issued.itemId()), 200)).getString("officer"))
                .as("still with the first officer").isEqualTo("officer");

        JsonObject item = ok(post("democratic", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Olu is on leave.\"}"), 200);
        assertThat(request(item).getString("officer")).isEqualTo("officer2");
        assertThat(tasksFor("officer2", issued.itemId())).hasSize(1);
        assertThat(tasksFor("officer", issued.itemId())).isEmpty();
        assertThat(whatChanged(issued.itemId())).filteredOn(w -> w.startsWith("Request handed over")).hasSize(1);
    }

    @Test
    void theEndpointsAndTheirBodiesAreInTheOpenApiDocument() {
        HttpResponse<String> response = get("democratic", "/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/items/{id}/requests/{requestId}/extensions:",
                "/api/items/{id}/requests/{requestId}/extensions/{extensionId}/grant:",
                "/api/items/{id}/requests/{requestId}/extensions/{extensionId}/refuse:",
                "/api/items/{id}/requests/{requestId}/hand-over:", "ExtensionAsked:", "ExtensionGranted:",
                "HandOverRequest:", "HandOver:", "Extension:");
    }
}
