package uk.scrutiny.it.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.strings;
import static uk.scrutiny.it.lifecycle.Api.submit;
import static uk.scrutiny.it.lifecycle.Api.tasksFor;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chair acts only for the committees they chair or are vice-chair of, over HTTP. The demo chair chairs the
 * toolkit's committee (the tests' usual setting) and has no seat on the Overview and Scrutiny Board, whose chair has
 * no account: on the board's items the demo chair is refused triage, background enquiries and urgent agreement
 * (403, naming the stage and what is allowed), sees none of them among their tasks (and the count says so), and
 * democratic services cannot record an agreement in their name. Democratic services act on both as before.
 */
class ChairsOwnCommitteesIT {

    private static final String OTHER_COMMITTEE = "Overview and Scrutiny Board";
    private static final String WHY = "The Ofsted monitoring letter arrived after the publication date.";

    private static Api.Setting ours;
    private static Api.Setting board;

    @BeforeAll
    static void findDemoData() {
        ours = Api.setting();
        JsonObject other = Api.array(get("democratic", "/api/committees")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(OTHER_COMMITTEE)).findFirst().orElseThrow();
        assertThat(id(other)).as("the chair's own committee is another").isNotEqualTo(ours.committeeId());
        board = new Api.Setting(id(other), 0, 0, ours.dataSourceId());
    }

    private static String path(long id, String action) {
        return "/api/items/" + id + "/" + action;
    }

    @Test
    void aChairOfAnotherCommitteeNeitherTriagesNorSeesItsRedFlag() {
        long before = allTasks("chair").size();
        long id = id(raise(board, uniqueTitle("The board's red flag")));

        assertThat(tasksFor("chair", id)).isEmpty();
        assertThat(allTasks("chair")).as("the chair's tasks, counted").hasSize((int) before);
        assertThat(tasksFor("democratic", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("triage|start-enquiries"));
        JsonObject read = ok(get("chair", path(id, "")), 200);
        assertThat(strings(read, "allowedActions")).contains("triage", "start-enquiries");
        assertThat(strings(read, "yourActions")).isEmpty();

        JsonObject triage = ok(post("chair", path(id, "triage"), "{\"decision\": \"NO_FURTHER_ACTION\", "
                + "\"reason\": \"Covered by the annual report.\"}"), 403);
        assertThat(triage.getString("stage")).isEqualTo("triage");
        assertThat(strings(triage, "allowedActions")).contains("triage", "start-enquiries");
        assertThat(triage.getString("detail")).contains("not the chair or vice-chair of the " + OTHER_COMMITTEE)
                .contains("democratic-services");
        JsonObject enquiries = ok(post("chair", path(id, "start-enquiries"),
                "{\"whatToFindOut\": \"Is the rise real?\"}"), 403);
        assertThat(enquiries.getString("stage")).isEqualTo("triage");
        assertThat(enquiries.getString("detail")).contains(OTHER_COMMITTEE);
        assertThat(ok(get("democratic", path(id, "")), 200).getString("stage")).as("unchanged").isEqualTo("triage");

        assertThat(strings(ok(get("democratic", path(id, "")), 200), "yourActions")).contains("triage");
        assertThat(ok(post("democratic", path(id, "triage"), "{\"decision\": \"NO_FURTHER_ACTION\", "
                + "\"reason\": \"Covered by the annual report.\"}"), 200).getString("stage")).isEqualTo("no_further_action");
    }

    @Test
    void theCommitteesOwnChairStillTriagesItsRedFlag() {
        long before = allTasks("chair").size();
        long id = id(raise(ours, uniqueTitle("Our red flag")));

        assertThat(tasksFor("chair", id)).singleElement()
                .satisfies(t -> assertThat(t.getString("action")).isEqualTo("triage|start-enquiries"));
        assertThat(allTasks("chair")).as("the chair's tasks, counted").hasSize((int) before + 1);
        assertThat(strings(ok(get("chair", path(id, "")), 200), "yourActions")).contains("triage",
                "start-enquiries");
        assertThat(ok(post("chair", path(id, "triage"), "{\"decision\": \"NO_FURTHER_ACTION\", "
                + "\"reason\": \"Covered by the annual report.\"}"), 200).getString("stage")).isEqualTo("no_further_action");
        assertThat(tasksFor("chair", id)).isEmpty();
    }

    @Test
    void aChairOfAnotherCommitteeDoesNotAgreeToTakeItsLateReportAsUrgent() {
        JsonObject meeting = Api.meetingPastItsPublicationDate(board);
        long id = id(raise(board, uniqueTitle("The board's late report")));
        ok(post("democratic", path(id, "triage"), "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", "
                + "\"meetingId\": " + id(meeting) + "}"), 200);
        agreeKloe(id);
        issue(id);
        submit(id);
        JsonObject accepted = ok(post("democratic", path(id, "accept-response"), "{}"), 200);
        assertThat(strings(accepted, "allowedActions")).contains("publish", "agree-urgent");

        assertThat(tasksFor("chair", id)).as("not among the chair's urgent agreements").isEmpty();
        assertThat(strings(ok(get("chair", path(id, "")), 200), "yourActions")).isEmpty();
        JsonObject byChair = ok(post("chair", path(id, "agree-urgent"), "{\"reason\": \"" + WHY + "\"}"), 403);
        assertThat(byChair.getString("stage")).isEqualTo("response_review");
        assertThat(strings(byChair, "allowedActions")).contains("agree-urgent");
        assertThat(byChair.getString("detail")).contains("not the chair or vice-chair of the " + OTHER_COMMITTEE);

        JsonObject inTheirName = ok(post("democratic", path(id, "agree-urgent"), "{\"chair\": \"chair\", "
                + "\"reason\": \"" + WHY + "\"}"), 422);
        assertThat(inTheirName.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("chair");
        assertThat(inTheirName.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("not the chair or vice-chair of the " + OTHER_COMMITTEE);
        JsonObject after = ok(get("democratic", path(id, "")), 200);
        assertThat(Api.absent(after, "urgent")).as("no agreement recorded").isTrue();
        assertThat(strings(after, "allowedActions")).contains("agree-urgent");

        // Withdrawn, so the meeting shared by the tests holds no report of this test's waiting for publication.
        ok(post("democratic", path(id, "withdraw"), "{\"reason\": \"Test finished.\"}"), 200);
    }

    /** Every task of the user, page by page; the count each page gives is the number of tasks listed. */
    private static List<JsonObject> allTasks(String user) {
        List<JsonObject> all = new ArrayList<>();
        long total = -1;
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get(user, "/api/my-tasks?size=100&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<JsonObject> tasks = Api.array(response).getValuesAs(JsonObject.class);
            all.addAll(tasks);
            total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
            if (tasks.isEmpty() || (page + 1) * 100L >= total) {
                break;
            }
        }
        assertThat(all).as("X-Total-Count of %s", user).hasSize((int) total);
        return all;
    }
}
