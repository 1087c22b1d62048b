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
 * {@code GET /api/items} over HTTP: every filter, sort key and paging edge against the five items of a committee of
 * the test's own ({@link QueryFixtureServlet} says which is which), and a 400 naming the parameter for each bad value.
 */
class ItemsQueryIT extends OnQueryFixture {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return QueryFixture.archive("items-query-it.war");
    }

    private JsonObject page(String query) {
        HttpResponse<String> response = TestServer.sendAs("member", "GET",
                "/api/items?committee=" + fixture.committee() + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.object(response);
    }

    private List<Long> ids(String query) {
        return page(query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aCommitteesItemsComeNewestFirstWithTheirTotal() {
        JsonObject page = page("");
        assertThat(ids("")).containsExactly(fixture.echo(), fixture.delta(), fixture.charlie(), fixture.bravo(),
                fixture.alpha());
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(5);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(20);
    }

    @Test
    void eachItemShowsItsDueDateAsADateAndAsWorkingDaysLeft() {
        JsonObject alpha = item(fixture.alpha());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(LocalDate.parse(alpha.getString("due"))).isEqualTo(today.minusDays(10));
        assertThat(alpha.getBoolean("overdue")).isTrue();
        assertThat(alpha.getInt("workingDaysLeft")).isNegative();
        assertThat(alpha.getString("dueDescription")).startsWith("overdue");
        assertThat(alpha.getString("stage")).isEqualTo("request_issued");
        assertThat(alpha.getString("leadOfficer")).isEqualTo("officer");
        assertThat(alpha.getJsonNumber("meetingId").longValue()).isEqualTo(fixture.pastMeeting());

        JsonObject bravo = item(fixture.bravo());
        assertThat(LocalDate.parse(bravo.getString("due"))).isEqualTo(fixture.bravoDue());
        assertThat(bravo.getBoolean("overdue")).isFalse();
        assertThat(bravo.getInt("workingDaysLeft")).isBetween(1, 3);

        JsonObject delta = item(fixture.delta());
        assertThat(delta.containsKey("due")).as("an item waiting on no officer has no due date").isFalse();
        assertThat(delta.getBoolean("overdue")).isFalse();
        JsonObject echo = item(fixture.echo());
        assertThat(echo.containsKey("due")).as("a withdrawn request is due from nobody").isFalse();
    }

    private JsonObject item(long id) {
        return page("&size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    @Test
    void filtersByMeetingStageLeadOfficerOverdueAndDueBefore() {
        assertThat(ids("&meeting=" + fixture.pastMeeting())).containsExactly(fixture.echo(), fixture.alpha());
        assertThat(ids("&meeting=" + fixture.futureMeeting())).containsExactly(fixture.charlie(), fixture.bravo());
        assertThat(ids("&stage=request_issued")).containsExactly(fixture.charlie(), fixture.bravo(), fixture.alpha());
        assertThat(ids("&stage=TRIAGE")).containsExactly(fixture.delta());
        assertThat(ids("&stage=published")).isEmpty();
        assertThat(ids("&leadOfficer=officer2")).containsExactly(fixture.bravo());
        assertThat(ids("&leadOfficer=officer")).containsExactly(fixture.echo(), fixture.charlie(), fixture.alpha());
        assertThat(ids("&leadOfficer=nobody-at-all")).isEmpty();
        assertThat(ids("&overdue=true")).containsExactly(fixture.alpha());
        assertThat(ids("&overdue=false")).containsExactly(fixture.echo(), fixture.delta(), fixture.charlie(),
                fixture.bravo());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(ids("&dueBefore=" + today.plusDays(10))).containsExactly(fixture.bravo(), fixture.alpha());
        assertThat(ids("&dueBefore=" + today)).containsExactly(fixture.alpha());
        assertThat(ids("&dueBefore=" + today.minusDays(10))).as("before, not on").isEmpty();
        assertThat(ids("&stage=request_issued&leadOfficer=officer&overdue=false"))
                .as("filters combine").containsExactly(fixture.charlie());
        assertThat(page("&overdue=true").getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void sortsByEachKeyBothWaysWithNewestFirstBreakingTies() {
        assertThat(ids("&sort=due")).as("undated items last, newest first among them")
                .containsExactly(fixture.alpha(), fixture.bravo(), fixture.charlie(), fixture.echo(), fixture.delta());
        assertThat(ids("&sort=-due&stage=request_issued"))
                .containsExactly(fixture.charlie(), fixture.bravo(), fixture.alpha());
        assertThat(ids("&sort=-updated")).containsExactly(fixture.bravo(), fixture.charlie(), fixture.echo(),
                fixture.delta(), fixture.alpha());
        assertThat(ids("&sort=updated")).containsExactly(fixture.alpha(), fixture.delta(), fixture.echo(),
                fixture.charlie(), fixture.bravo());
        assertThat(ids("&sort=created")).containsExactly(fixture.alpha(), fixture.bravo(), fixture.charlie(),
                fixture.delta(), fixture.echo());
        assertThat(ids("&sort=-created")).containsExactly(fixture.echo(), fixture.delta(), fixture.charlie(),
                fixture.bravo(), fixture.alpha());
        assertThat(ids("&sort=title")).containsExactly(fixture.alpha(), fixture.bravo(), fixture.charlie(),
                fixture.delta(), fixture.echo());
        assertThat(ids("&sort=-title")).containsExactly(fixture.echo(), fixture.delta(), fixture.charlie(),
                fixture.bravo(), fixture.alpha());
        assertThat(ids("&sort=meeting&meeting=" + fixture.futureMeeting()))
                .containsExactly(fixture.charlie(), fixture.bravo());
        assertThat(ids("&sort=stage,due")).as("request_issued < triage < withdrawn, then by due")
                .containsExactly(fixture.alpha(), fixture.bravo(), fixture.charlie(), fixture.delta(), fixture.echo());
        assertThat(ids("&sort=stage,-due")).containsExactly(fixture.charlie(), fixture.bravo(), fixture.alpha(),
                fixture.delta(), fixture.echo());
        assertThat(ids("&sort=due,-updated&overdue=false")).containsExactly(fixture.bravo(), fixture.charlie(),
                fixture.echo(), fixture.delta());
        assertThat(page("&sort=due,-updated").getString("sort")).isEqualTo("due,-updated");
    }

    @Test
    void pagesSplitTheListWithoutOverlapUpToAnEmptyPageAfterTheLast() {
        JsonObject first = page("&size=2&page=0&sort=created");
        assertThat(ids("&size=2&page=0&sort=created")).containsExactly(fixture.alpha(), fixture.bravo());
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(5);
        assertThat(ids("&size=2&page=1&sort=created")).containsExactly(fixture.charlie(), fixture.delta());
        JsonObject last = page("&size=2&page=2&sort=created");
        assertThat(ids("&size=2&page=2&sort=created")).as("the last page holds the rest").containsExactly(
                fixture.echo());
        assertThat(last.getJsonNumber("total").longValue()).isEqualTo(5);
        JsonObject beyond = page("&size=2&page=3&sort=created");
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getJsonNumber("total").longValue()).as("the total still counts").isEqualTo(5);
        assertThat(page("&size=5").getJsonArray("items")).hasSize(5);
        assertThat(ids("&size=5&page=1")).isEmpty();
        assertThat(ids("&size=2&page=1&sort=updated")).as("paging an aggregate order")
                .containsExactly(fixture.echo(), fixture.charlie());
        assertThat(ids("&size=2&page=2&sort=due")).containsExactly(fixture.delta());
        assertThat(ids("&size=1&page=0&overdue=true")).containsExactly(fixture.alpha());
        assertThat(ids("&size=1&page=1&overdue=true")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "committee=abc|committee",
        "committee=0|committee",
        "meeting=-3|meeting",
        "stage=somewhere|stage",
        "leadOfficer=Not A User!|leadOfficer",
        "overdue=maybe|overdue",
        "dueBefore=next-week|dueBefore",
        "dueBefore=2026-02-30|dueBefore",
        "sort=colour|sort",
        "sort=due,due|sort",
        "sort=due,,title|sort",
        "sort=--due|sort",
        "page=-1|page",
        "page=first|page",
        "size=0|size",
        "size=101|size",
        "size=ten|size"})
    void aBadParameterIsA400ProblemNamingIt(String query, String field) {
        HttpResponse<String> response = TestServer.sendAs("member", "GET",
                "/api/items?" + query.replace(" ", "%20"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = TestServer.object(response);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
