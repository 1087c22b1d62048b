package uk.scrutiny.it.pages.democratic;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.agreeKloe;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.issue;
import static uk.scrutiny.it.lifecycle.Api.raise;
import static uk.scrutiny.it.lifecycle.Api.submit;
import static uk.scrutiny.it.lifecycle.Api.triageReport;
import static uk.scrutiny.it.lifecycle.Api.uniqueTitle;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.lifecycle.Api;
import uk.scrutiny.it.pages.Browser;
import uk.scrutiny.it.pages.DashboardLists;

/**
 * Democratic services' dashboard with more than a page of work: the committee filter (a GET form, remembered in the
 * address), what waits on them twenty at a time with the total and GOV.UK pagination, and a coming meeting's agenda
 * counted on the dashboard and listed on its agenda page, the counts matching the items; an item whose two officers
 * both asked for an extension has a link per extension, and no element id occurs twice. Every page is checked with
 * axe-core. (The escalated responses listed first: {@code chasing.DashboardEscalationPagesIT}, which can backdate a
 * request.)
 */
class DashboardPagesIT {

    private static final Pattern TOTAL = Pattern.compile(
            "^(\\d+) tasks? waits? on democratic services for (.+), escalated officer responses first");

    private static Browser browser;
    private static Api.Setting setting;
    private static String committee;

    @BeforeAll
    static void signIn() {
        setting = Api.setting();
        committee = TestServer.object(get("democratic", "/api/committees/" + setting.committeeId())).getString("name");
        browser = Browser.signedInAs("democratic");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void whatWaitsOnACommitteeComesTwentyAPageWithItsTotalAndEveryTaskOnOnePage() {
        List<Long> raised = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            raised.add(id(raise(setting, uniqueTitle("Paged on the dashboard " + i))));
        }

        browser.open("/democratic/dashboard.xhtml");
        assertThat(new Select(browser.find("#committee")).getFirstSelectedOption().getText())
                .isEqualTo("All committees");
        new Select(browser.find("#committee")).selectByValue(String.valueOf(setting.committeeId()));
        browser.submit("#show");
        assertThat(browser.driver.getCurrentUrl()).as("the choice is in the address")
                .contains("committee=" + setting.committeeId());
        assertThat(new Select(browser.find("#committee")).getFirstSelectedOption().getText()).isEqualTo(committee);
        Matcher count = TOTAL.matcher(browser.text("#tasks-count"));
        assertThat(count.find()).as(browser.text("#tasks-count")).isTrue();
        assertThat(count.group(2)).isEqualTo(committee);
        int total = Integer.parseInt(count.group(1));
        assertThat(total).as("the 21 raised, and what other tests left").isGreaterThanOrEqualTo(21);
        assertThat(rows()).hasSize(20);
        assertThat(browser.text("#tasks-showing")).isEqualTo("Showing 1 to 20 of " + total);
        assertThat(browser.find("#tasks-pages [aria-current='page']").getText()).isEqualTo("1");
        browser.check("ds-dashboard-committee");

        List<String> listed = new ArrayList<>(rowIds());
        int pages = 1;
        while (!browser.findAll("#tasks-pages .govuk-pagination__next a").isEmpty()) {
            browser.submit("#tasks-pages .govuk-pagination__next a");
            pages++;
            assertThat(browser.find("#tasks-pages [aria-current='page']").getText()).isEqualTo(String.valueOf(pages));
            assertThat(new Select(browser.find("#committee")).getFirstSelectedOption().getText())
                    .as("the committee stays chosen from page to page").isEqualTo(committee);
            if (pages == 2) {
                browser.check("ds-dashboard-tasks-page-2");
            }
            listed.addAll(rowIds());
        }
        assertThat(pages).isEqualTo((total + 19) / 20);
        assertThat(listed).as("every task once, on one page").hasSize(total).doesNotHaveDuplicates();
        assertThat(listed).containsAll(raised.stream().map(id -> "task-" + id).toList());
        assertThat(listed.get(listed.size() - 1)).as("undated, and raised last: the end of the list")
                .isEqualTo("task-" + raised.get(raised.size() - 1));

        browser.open("/democratic/dashboard.xhtml?committee=" + setting.committeeId() + "&page=99999");
        assertThat(browser.find("#tasks-pages [aria-current='page']").getText()).as("past the end: the last page")
                .isEqualTo(String.valueOf(pages));
        browser.open("/democratic/dashboard.xhtml?committee=nonsense&page=two");
        assertThat(browser.text("h1")).isEqualTo("Deadline dashboard");
        assertThat(new Select(browser.find("#committee")).getFirstSelectedOption().getText())
                .isEqualTo("All committees");
        assertThat(browser.find("#tasks-pages [aria-current='page']").getText()).isEqualTo("1");
        assertThat(browser.text("#tasks-count")).as("every committee's")
                .matches("\\d+ tasks? waits? on democratic services, escalated .*");
    }

    @Test
    void aComingMeetingsAgendaIsCountedOnTheDashboardAndListedOnItsOwnPage() {
        long meeting = meetingInThreeWeeks();
        long noRequest = id(raise(setting, uniqueTitle("Agenda, no request yet")));
        triageReport(noRequest, meeting);
        long requested = id(raise(setting, uniqueTitle("Agenda, request issued")));
        triageReport(requested, meeting);
        agreeKloe(requested);
        issue(requested);
        long answered = id(raise(setting, uniqueTitle("Agenda, response in")));
        triageReport(answered, meeting);
        agreeKloe(answered);
        issue(answered);
        submit(answered);

        DashboardLists.find(browser, setting.committeeId(), "meetings", "#coming-" + meeting);
        assertThat(browser.text("#items-" + meeting)).isEqualTo("3");
        assertThat(browser.text("#in-" + meeting)).isEqualTo("1");
        assertThat(browser.text("#late-" + meeting)).isEqualTo("0");
        assertThat(browser.text("#not-yet-due-" + meeting)).isEqualTo("2");
        assertThat(browser.text("#coming-" + meeting)).contains(committee);
        browser.check("ds-dashboard-agenda-counts");

        browser.submit("#meeting-" + meeting);
        assertThat(browser.text("#meeting-title")).startsWith(committee);
        assertThat(browser.text("#count-items")).isEqualTo("3");
        assertThat(browser.text("#count-in")).isEqualTo("1");
        assertThat(browser.text("#count-late")).isEqualTo("0");
        assertThat(browser.text("#count-not-yet-due")).isEqualTo("2");
        assertThat(browser.findAll("#agenda tbody tr")).as("one row per item counted").hasSize(3);
        assertThat(browser.text("#agenda-item-" + noRequest)).contains("No request yet", "Nothing from officers");
        assertThat(browser.text("#agenda-item-" + requested)).contains("Not yet due",
                "Olu Example (Lead Officer): due");
        assertThat(browser.text("#agenda-item-" + answered)).contains("Response in", "Nothing from officers");
        browser.click("#publication-date summary");
        assertThat(browser.text("#publication-date")).contains("clear working days");
        browser.check("ds-agenda-page");

        browser.open("/democratic/agenda.xhtml?meeting=999999");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
        browser.check("ds-agenda-not-found");
        browser.open("/democratic/agenda.xhtml?meeting=nonsense");
        assertThat(browser.text("h1")).isEqualTo("Page not found");
    }

    @Test
    void twoExtensionsAskedForOnOneItemEachHaveTheirOwnLinkAndNoIdIsRepeated() {
        long id = id(raise(setting, uniqueTitle("Two extensions on one item")));
        triageReport(id, setting.meetingId());
        agreeKloe(id);
        JsonObject issued = Api.ok(Api.post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officers\": [\"officer\", \"officer2\"]}"), 200);
        LocalDate until = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21);
        while (until.getDayOfWeek().getValue() > 5) {
            until = until.plusDays(1);
        }
        for (JsonObject request : issued.getJsonArray("requests").getValuesAs(JsonObject.class)) {
            Api.ok(Api.post(request.getString("officer"), "/api/items/" + id + "/requests/" + id(request)
                    + "/extensions", "{\"until\": \"" + until + "\", \"reason\": \"Waiting for the figures.\"}"),
                    201);
        }
        List<String> links = new ArrayList<>();
        for (JsonObject request : Api.object(get("democratic", "/api/items/" + id)).getJsonArray("requests")
                .getValuesAs(JsonObject.class)) {
            links.add("act-" + id + "-extension-" + id(request.getJsonArray("extensions").getJsonObject(0)));
        }
        assertThat(links).as("an extension per request").hasSize(2).doesNotHaveDuplicates();

        // Both rows, on whichever page of the list they fall; every page shown has each id once.
        browser.open("/democratic/dashboard.xhtml?committee=" + setting.committeeId());
        List<String> found = new ArrayList<>();
        while (true) {
            assertThat(idsOnThePage()).as("ids on %s", browser.driver.getCurrentUrl()).doesNotHaveDuplicates();
            for (WebElement link : browser.findAll("#extensions a[href*='extension.xhtml?item=" + id + "&']")) {
                found.add(link.getAttribute("id"));
            }
            if (found.size() >= links.size()
                    || browser.findAll("#extensions-pages .govuk-pagination__next a").isEmpty()) {
                break;
            }
            browser.submit("#extensions-pages .govuk-pagination__next a");
        }
        assertThat(found).as("each extension's decision linked once, by its own id")
                .containsExactlyInAnyOrderElementsOf(links);
        browser.check("ds-dashboard-two-extensions-on-one-item");

        browser.submit("#" + links.get(1));
        assertThat(browser.driver.getCurrentUrl()).as("the second link opens the second extension")
                .endsWith("&extension=" + links.get(1).substring(links.get(1).lastIndexOf('-') + 1));
        assertThat(browser.text("#decision-status")).isEqualTo("Awaiting your decision");
    }

    /** Every element id of the page, as often as it occurs. */
    @SuppressWarnings("unchecked")
    private static List<String> idsOnThePage() {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll('[id]'), e => e.id);");
    }

    /**
     * A new meeting of the committee on the first free weekday three weeks from now: within the coming meeting
     * cycle the dashboard shows, and with nothing else on its agenda.
     */
    private static long meetingInThreeWeeks() {
        LocalDate from = LocalDate.now(ZoneId.of("Europe/London")).plusDays(21);
        for (LocalDate day = from; day.isBefore(from.plusDays(30)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            HttpResponse<String> scheduled = Api.post("democratic", "/api/meetings", """
                    {"committeeId": %d, "date": "%s", "startTime": "18:00", "venue": "Committee Room 3"}
                    """.formatted(setting.committeeId(), day));
            if (scheduled.statusCode() == 201) {
                return id(TestServer.object(scheduled));
            }
            assertThat(scheduled.body()).as("only a day the committee already meets is refused")
                    .contains("already meets");
        }
        throw new AssertionError("No free day for a meeting from " + from);
    }

    private static List<WebElement> rows() {
        return browser.findAll("#tasks tbody tr");
    }

    /** A row per task: {@code task-<item>}, or {@code task-<item>-request-<request>} for a response's review. */
    private static List<String> rowIds() {
        List<String> ids = new ArrayList<>();
        for (WebElement row : rows()) {
            ids.add(row.getAttribute("id"));
            assertThat(row.findElements(By.tagName("td")).get(1).getText()).as("only the chosen committee's")
                    .isEqualTo(committee);
        }
        return ids;
    }
}
