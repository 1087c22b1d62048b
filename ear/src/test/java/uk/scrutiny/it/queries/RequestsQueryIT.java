package uk.scrutiny.it.queries;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scrutiny.it.TestServer;

/**
 * {@code GET /api/requests} over HTTP: democratic services' "due in the next 10 working days" and overdue lists,
 * the other filters and paging, each request with its item and meeting, officers seeing only their own requests,
 * and a 400 naming the parameter for each bad value. The requests of {@link QueryFixtureServlet}'s committee: alpha
 * (officer, overdue), bravo (officer2, due in 3 working days), charlie (officer, due in 28 days) and echo (officer,
 * withdrawn, its due date passed).
 */
class RequestsQueryIT extends OnQueryFixture {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return QueryFixture.archive("requests-query-it.war");
    }

    private JsonObject page(String user, String query) {
        HttpResponse<String> response = TestServer.sendAs(user, "GET", "/api/requests?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.object(response);
    }

    /** The items of the requests listed, in order: each fixture item has one request. */
    private List<Long> items(String user, String query) {
        return page(user, "committee=" + fixture.committee() + "&" + query).getJsonArray("requests")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("itemId").longValue()).toList();
    }

    @Test
    void democraticServicesSeeEveryRequestEarliestDueFirst() {
        assertThat(items("democratic", "")).containsExactly(fixture.alpha(), fixture.echo(), fixture.bravo(),
                fixture.charlie());
        assertThat(page("democratic", "committee=" + fixture.committee()).getJsonNumber("total").longValue())
                .isEqualTo(4);
    }

    @Test
    void dueInTheNextTenWorkingDaysIsTheDemocraticServicesList() {
        JsonObject page = page("democratic", "committee=" + fixture.committee() + "&dueWithinWorkingDays=10");
        List<JsonObject> requests = page.getJsonArray("requests").getValuesAs(JsonObject.class);
        assertThat(requests).hasSize(1);
        JsonObject bravo = requests.get(0);
        assertThat(bravo.getJsonNumber("itemId").longValue()).isEqualTo(fixture.bravo());
        assertThat(LocalDate.parse(bravo.getString("due"))).isEqualTo(fixture.bravoDue());
        assertThat(bravo.getInt("workingDaysLeft")).isBetween(1, 3);
        assertThat(bravo.getString("dueDescription")).endsWith("left");
        assertThat(bravo.getBoolean("overdue")).isFalse();
        assertThat(bravo.getString("officer")).isEqualTo("officer2");
        assertThat(bravo.getString("status")).isEqualTo("open");
        assertThat(bravo.getString("itemTitle")).startsWith("Bravo");
        assertThat(bravo.getString("itemStage")).isEqualTo("request_issued");
        assertThat(bravo.getJsonNumber("meetingId").longValue()).isEqualTo(fixture.futureMeeting());
        assertThat(bravo.getJsonNumber("committeeId").longValue()).isEqualTo(fixture.committee());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate dueBy = LocalDate.parse(page.getString("dueBy"));
        assertThat(dueBy).isAfter(today.plusDays(13)).isBefore(today.plusDays(28));
        assertThat(items("democratic", "dueWithinWorkingDays=0")).as("due today only").isEmpty();
        assertThat(items("democratic", "dueWithinWorkingDays=200")).as("never the overdue ones")
                .containsExactly(fixture.bravo(), fixture.charlie());
    }

    @Test
    void overdueMeansStillAwaitingTheOfficerAfterTheDueDate() {
        List<JsonObject> overdue = page("democratic", "committee=" + fixture.committee() + "&overdue=true")
                .getJsonArray("requests").getValuesAs(JsonObject.class);
        assertThat(overdue).extracting(r -> r.getJsonNumber("itemId").longValue()).containsExactly(fixture.alpha());
        assertThat(overdue.get(0).getBoolean("overdue")).isTrue();
        assertThat(overdue.get(0).getInt("workingDaysLeft")).isNegative();
        assertThat(overdue.get(0).getJsonNumber("meetingId").longValue()).isEqualTo(fixture.pastMeeting());
        assertThat(items("democratic", "overdue=false")).as("the withdrawn one is overdue from nobody")
                .containsExactly(fixture.echo(), fixture.bravo(), fixture.charlie());
    }

    @Test
    void filtersByOfficerAndStatusAndCombine() {
        assertThat(items("democratic", "officer=officer")).containsExactly(fixture.alpha(), fixture.echo(),
                fixture.charlie());
        assertThat(items("democratic", "officer=officer2")).containsExactly(fixture.bravo());
        assertThat(items("democratic", "status=open")).containsExactly(fixture.alpha(), fixture.bravo(),
                fixture.charlie());
        assertThat(items("democratic", "status=WITHDRAWN")).containsExactly(fixture.echo());
        assertThat(items("democratic", "status=accepted")).isEmpty();
        assertThat(items("democratic", "officer=officer&status=open&overdue=false"))
                .containsExactly(fixture.charlie());
    }

    @Test
    void officersSeeOnlyTheirOwnRequests() {
        assertThat(items("officer", "")).containsExactly(fixture.alpha(), fixture.echo(), fixture.charlie());
        assertThat(items("officer", "officer=officer")).containsExactly(fixture.alpha(), fixture.echo(),
                fixture.charlie());
        assertThat(items("officer2", "")).containsExactly(fixture.bravo());
        assertThat(items("officer2", "dueWithinWorkingDays=10")).containsExactly(fixture.bravo());
        assertThat(page("officer", "size=100").getJsonArray("requests").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getString("officer")).isEqualTo("officer"));

        HttpResponse<String> someoneElses = TestServer.sendAs("officer", "GET", "/api/requests?officer=officer2",
                null);
        assertThat(someoneElses.statusCode()).as(someoneElses.body()).isEqualTo(403);
        assertThat(someoneElses.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        for (String user : List.of("member", "chair", "admin")) {
            assertThat(TestServer.sendAs(user, "GET", "/api/requests", null).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void pagesSplitTheListUpToAnEmptyPageAfterTheLast() {
        assertThat(items("democratic", "size=3&page=0")).containsExactly(fixture.alpha(), fixture.echo(),
                fixture.bravo());
        JsonObject last = page("democratic", "committee=" + fixture.committee() + "&size=3&page=1");
        assertThat(last.getJsonArray("requests").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("itemId").longValue()).containsExactly(fixture.charlie());
        assertThat(last.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(last.getInt("page")).isEqualTo(1);
        assertThat(last.getInt("size")).isEqualTo(3);
        JsonObject beyond = page("democratic", "committee=" + fixture.committee() + "&size=3&page=2");
        assertThat(beyond.getJsonArray("requests")).isEmpty();
        assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(items("democratic", "size=4&page=1")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheListsWithExamples() {
        HttpResponse<String> response = TestServer.sendAs("democratic", "GET", "/openapi", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/requests", "dueWithinWorkingDays", "RequestListEntry",
                "due in the next 10 working days", "/api/items", "leadOfficer", "dueBefore", "due,-updated");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "committee=x|committee",
        "officer=Not A User!|officer",
        "status=lost|status",
        "overdue=yes|overdue",
        "dueWithinWorkingDays=-1|dueWithinWorkingDays",
        "dueWithinWorkingDays=ten|dueWithinWorkingDays",
        "dueWithinWorkingDays=1000|dueWithinWorkingDays",
        "page=-1|page",
        "size=0|size",
        "size=101|size"})
    void aBadParameterIsA400ProblemNamingIt(String query, String field) {
        HttpResponse<String> response = TestServer.sendAs("democratic", "GET",
                "/api/requests?" + query.replace(" ", "%20"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(TestServer.object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo(field);
    }
}
