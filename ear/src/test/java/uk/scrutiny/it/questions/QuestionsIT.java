package uk.scrutiny.it.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.questions.Items.fields;
import static uk.scrutiny.it.questions.Items.get;
import static uk.scrutiny.it.questions.Items.ok;
import static uk.scrutiny.it.questions.Items.post;
import static uk.scrutiny.it.questions.Items.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.TestServer;

/** Members' questions on a published report over HTTP: who may ask, who may answer, and when. */
class QuestionsIT {

    private static Items.Setting setting;

    @BeforeAll
    static void findDemoData() {
        setting = Items.childrens();
    }

    @Test
    void aMemberAsksOnThePublishedReportAndTheLeadOfficerAnswersOnce() {
        long id = Items.published(setting, uniqueTitle("Questions"));
        String path = "/api/items/" + id + "/questions";
        assertThat(TestServer.array(get("member", path))).isEmpty();

        HttpResponse<String> asked = post("member", path,
                "{\"question\": \"How many re-referrals were within three months?\"}");
        JsonObject question = ok(asked, 201);
        long questionId = question.getJsonNumber("id").longValue();
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(path + "/" + questionId));
        assertThat(question.getString("askedBy")).isEqualTo("member");
        assertThat(question.getString("addressedTo")).as("no report author account: the lead officer")
                .isEqualTo("officer");
        assertThat(Items.isNull(question, "answer")).isTrue();

        HttpResponse<String> notTheirs = post("officer2", path + "/" + questionId + "/answer",
                "{\"answer\": \"Not mine to answer.\"}");
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(403);
        assertThat(notTheirs.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        JsonObject answered = ok(post("officer", path + "/" + questionId + "/answer",
                "{\"answer\": \"Forty-two, most of them in one locality.\"}"), 200);
        assertThat(answered.getString("answer")).isEqualTo("Forty-two, most of them in one locality.");
        assertThat(answered.getString("answeredBy")).isEqualTo("officer");
        assertThat(answered.getBoolean("answeredAtMeeting")).isFalse();

        HttpResponse<String> again = post("democratic", path + "/" + questionId + "/answer",
                "{\"answer\": \"At the meeting.\", \"atMeeting\": true}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
        assertThat(fields(again)).containsExactly("answer");

        List<JsonObject> all = TestServer.array(get("chair", path)).getValuesAs(JsonObject.class);
        assertThat(all).singleElement().satisfies(q -> assertThat(q.getString("answer")).startsWith("Forty-two"));
        assertThat(TestServer.array(get("member", "/api/items/" + id + "/timeline")).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("whatChanged"))
                .anySatisfy(w -> assertThat(w).startsWith("Question from Cllr Mo Example sent to"))
                .anySatisfy(w -> assertThat(w).startsWith("Question from Cllr Mo Example answered"));
    }

    @Test
    void democraticServicesRecordTheAnswerGivenAtTheMeeting() {
        long id = Items.published(setting, uniqueTitle("Answered at the meeting"));
        String path = "/api/items/" + id + "/questions";
        long questionId = ok(post("chair", path, "{\"question\": \"Which localities?\"}"), 201)
                .getJsonNumber("id").longValue();
        JsonObject answered = ok(post("democratic", path + "/" + questionId + "/answer",
                "{\"answer\": \"Given orally by the director.\", \"atMeeting\": true}"), 200);
        assertThat(answered.getBoolean("answeredAtMeeting")).isTrue();
        assertThat(answered.getString("answeredBy")).isEqualTo("democratic");
    }

    @Test
    void questionsWaitForPublicationAndComeOnlyFromMembers() {
        long scoped = Items.scoped(setting, uniqueTitle("Not yet published"));
        HttpResponse<String> early = post("member", "/api/items/" + scoped + "/questions",
                "{\"question\": \"Too early?\"}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(fields(early)).containsExactly("question");
        assertThat(TestServer.object(early).getString("detail")).contains("once the report is published");

        long id = Items.published(setting, uniqueTitle("Members only"));
        HttpResponse<String> officer = post("officer", "/api/items/" + id + "/questions",
                "{\"question\": \"Can officers ask?\"}");
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(403);
        assertThat(TestServer.array(get("member", "/api/items/" + id + "/questions"))).isEmpty();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long id = Items.published(setting, uniqueTitle("Bad input"));
        HttpResponse<String> blank = post("member", "/api/items/" + id + "/questions", "{\"question\": \"  \"}");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(422);
        assertThat(fields(blank)).containsExactly("question");

        HttpResponse<String> tooLong = post("member", "/api/items/" + id + "/questions",
                "{\"question\": \"" + "x".repeat(2001) + "\"}");
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(422);
        assertThat(fields(tooLong)).containsExactly("question");

        HttpResponse<String> noAnswer = post("officer", "/api/items/" + id + "/questions/1/answer", "{}");
        assertThat(noAnswer.statusCode()).as(noAnswer.body()).isEqualTo(422);
        assertThat(fields(noAnswer)).containsExactly("answer");

        HttpResponse<String> badId = get("member", "/api/items/abc/questions");
        assertThat(badId.statusCode()).as(badId.body()).isEqualTo(400);
        assertThat(fields(badId)).containsExactly("id");

        HttpResponse<String> noItem = get("member", "/api/items/987654321/questions");
        assertThat(noItem.statusCode()).as(noItem.body()).isEqualTo(404);

        HttpResponse<String> noQuestion = post("officer", "/api/items/" + id + "/questions/987654321/answer",
                "{\"answer\": \"To what?\"}");
        assertThat(noQuestion.statusCode()).as(noQuestion.body()).isEqualTo(404);

        HttpResponse<String> anonymous = TestServer.sendAs("nobody", "GET", "/api/items/" + id + "/questions", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
