package uk.scrutiny.it.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.array;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.scheduleMeetings;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.it.lifecycle.Api;

/**
 * {@code GET /api/my-tasks} a page at a time: democratic services hold a task for most open items, so the list is
 * paged (20 by default) with the total in {@code X-Total-Count}; pages follow one another without gap or overlap in
 * the order of the whole list (earliest due first, undated last), and a bad page or size is a 400 naming it.
 */
class MyTasksPagingIT {

    private record Page(List<JsonObject> tasks, long total) {
    }

    private static Page page(String user, String query) {
        HttpResponse<String> response = get(user, "/api/my-tasks" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Page(array(response).getValuesAs(JsonObject.class),
                Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow()));
    }

    private static String key(JsonObject task) {
        return task.getJsonNumber("itemId").longValue() + " " + task.getString("action") + " " + task.getString("task");
    }

    @Test
    void democraticServicesTasksComeAPageAtATimeInTheOrderOfTheWholeList() {
        // Enough tasks for democratic services for several pages of two, whatever other tests left.
        Api.Setting setting = Api.setting();
        long meeting = id(scheduleMeetings(setting, 1).get(0));
        for (int i = 0; i < 3; i++) {
            long id = id(raise(setting, uniqueTitle("Paged task " + i)));
            triageReport(id, meeting);
            agreeKloe(id);
        }

        Page whole = page("democratic", "?size=100");
        assertThat(whole.total()).isGreaterThanOrEqualTo(3);
        List<JsonObject> all = new ArrayList<>(whole.tasks());
        for (int p = 1; all.size() < whole.total(); p++) {
            all.addAll(page("democratic", "?size=100&page=" + p).tasks());
        }
        assertThat(all).hasSize((int) whole.total());
        assertThat(all.stream().map(t -> t.containsKey("due") ? LocalDate.parse(t.getString("due")) : null).toList())
                .as("earliest due first, undated last")
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));

        List<String> pagedByTwo = new ArrayList<>();
        for (int p = 0; p * 2L < whole.total(); p++) {
            Page two = page("democratic", "?size=2&page=" + p);
            assertThat(two.total()).isEqualTo(whole.total());
            assertThat(two.tasks()).hasSizeLessThanOrEqualTo(2);
            two.tasks().forEach(t -> pagedByTwo.add(key(t)));
        }
        assertThat(pagedByTwo).as("pages of two, one after the other, are the whole list")
                .containsExactlyElementsOf(all.stream().map(MyTasksPagingIT::key).toList());
        assertThat(page("democratic", "?size=2&page=" + (whole.total() / 2 + 1)).tasks()).as("past the end")
                .isEmpty();

        Page first = page("democratic", "");
        assertThat(first.tasks()).as("20 by default").hasSize((int) Math.min(20, whole.total()));
        assertThat(first.tasks().stream().map(MyTasksPagingIT::key).toList())
                .containsExactlyElementsOf(all.stream().limit(20).map(MyTasksPagingIT::key).toList());
    }

    @Test
    void anOfficerSeesOnlyTheirOwnTasksWithTheirTotal() {
        Api.Setting setting = Api.setting();
        long meeting = id(scheduleMeetings(setting, 1).get(0));
        long id = id(raise(setting, uniqueTitle("Request to one officer")));
        triageReport(id, meeting);
        agreeKloe(id);
        issue(id); // to officer

        List<JsonObject> officers = every("officer");
        List<JsonObject> others = every("officer2");
        assertThat(officers).anySatisfy(t -> assertThat(t.getJsonNumber("itemId").longValue()).isEqualTo(id));
        assertThat(others).noneSatisfy(t -> assertThat(t.getJsonNumber("itemId").longValue()).isEqualTo(id));
        // An officer reads only the items they hold a request or a task for; anything else is a 404 to them.
        assertThat(others).allSatisfy(t -> assertThat(get("officer2", "/api/items/"
                + t.getJsonNumber("itemId").longValue()).statusCode()).as(t.toString()).isEqualTo(200));
    }

    @Test
    void officersAreAskedOnlyAboutTheirOwnTasksAndTheTotalIsTheSameWhateverThePageSize() {
        Api.Setting setting = Api.setting();
        long meeting = id(scheduleMeetings(setting, 1).get(0));
        long toOfficer = id(raise(setting, uniqueTitle("Request to the lead officer")));
        long toOfficer2 = id(raise(setting, uniqueTitle("Request to the report author")));
        for (long id : List.of(toOfficer, toOfficer2)) {
            triageReport(id, meeting);
            agreeKloe(id);
        }
        issue(toOfficer);
        ok(Api.post("democratic", "/api/items/" + toOfficer2 + "/issue-request", "{\"officer\": \"officer2\"}"), 200);

        for (String officer : List.of("officer", "officer2")) {
            long own = officer.equals("officer") ? toOfficer : toOfficer2;
            long other = officer.equals("officer") ? toOfficer2 : toOfficer;
            List<JsonObject> all = every(officer);
            assertThat(all).as(officer).anySatisfy(t -> {
                assertThat(t.getJsonNumber("itemId").longValue()).isEqualTo(own);
                assertThat(t.getString("action")).contains("submit-response");
            });
            assertThat(all).as(officer + " never sees the other officer's request")
                    .noneSatisfy(t -> assertThat(t.getJsonNumber("itemId").longValue()).isEqualTo(other));
            List<String> byOne = new ArrayList<>();
            for (int p = 0; p < all.size(); p++) {
                Page one = page(officer, "?size=1&page=" + p);
                assertThat(one.total()).as("the total on page %d of one", p).isEqualTo(all.size());
                one.tasks().forEach(t -> byOne.add(key(t)));
            }
            assertThat(byOne).as("pages of one are the whole list")
                    .containsExactlyElementsOf(all.stream().map(MyTasksPagingIT::key).toList());
        }
    }

    /** Every page of the user's tasks. */
    private static List<JsonObject> every(String user) {
        Page first = page(user, "?size=100");
        List<JsonObject> all = new ArrayList<>(first.tasks());
        for (int p = 1; all.size() < first.total(); p++) {
            all.addAll(page(user, "?size=100&page=" + p).tasks());
        }
        assertThat(all).hasSize((int) first.total());
        return all;
    }

    @Test
    void aBadPageOrSizeIsA400NamingIt() {
        for (String query : List.of("?size=0", "?size=101", "?size=ten", "?page=-1", "?page=x")) {
            HttpResponse<String> response = get("democratic", "/api/my-tasks" + query);
            JsonObject problem = ok(response, 400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).as(query)
                    .isEqualTo(query.substring(1, query.indexOf('=')));
        }
    }
}
