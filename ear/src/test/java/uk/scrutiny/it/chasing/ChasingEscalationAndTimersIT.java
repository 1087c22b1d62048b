package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static uk.scrutiny.it.chasing.Chasing.COUNCIL;
import static uk.scrutiny.it.chasing.Chasing.DAYS;
import static uk.scrutiny.it.chasing.Chasing.DEMOCRATIC_SERVICES;
import static uk.scrutiny.it.chasing.Chasing.QUIET;
import static uk.scrutiny.it.chasing.Chasing.awaitMails;
import static uk.scrutiny.it.chasing.Chasing.awaitNotice;
import static uk.scrutiny.it.chasing.Chasing.grantExtension;
import static uk.scrutiny.it.chasing.Chasing.issue;
import static uk.scrutiny.it.chasing.Chasing.issueDueIn;
import static uk.scrutiny.it.chasing.Chasing.mailsAbout;
import static uk.scrutiny.it.chasing.Chasing.meetingWithResponseDue;
import static uk.scrutiny.it.chasing.Chasing.recipients;
import static uk.scrutiny.it.chasing.Chasing.today;
import static uk.scrutiny.it.chasing.Chasing.workingDaysAfter;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.chasing.Chasing.Issued;
import uk.scrutiny.it.lifecycle.Api;

/**
 * What HTTP alone cannot show of the chasing, with {@link ChasingFixtureServlet}: a response overdue and escalated to
 * democratic services (a request the API would issue due today, backdated), and the timers themselves, moved by a
 * hand-over and an extension. Named to run before {@link ChasingIT}, while the Arquillian connection to the server
 * is fresh.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(WithMailServer.class)
class ChasingEscalationAndTimersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        TestServer.awaitApplication();
        return ShrinkWrap.create(WebArchive.class, "chasing-fixture-it.war").addClasses(ChasingFixtureServlet.class);
    }

    @ArquillianResource
    URL fixture;

    @BeforeEach
    void onAWorkingDay() {
        assumeThat(DAYS.isWorkingDay(today())).as("the timers' days are working days").isTrue();
    }

    @Test
    void anOverdueResponseIsEscalatedOnceToDemocraticServicesUntilItIsSubmitted() throws Exception {
        LocalDate yesterday = DAYS.previousWorkingDay(today());
        Issued issued = issue(meetingWithResponseDue(yesterday), Api.uniqueTitle("Escalated"));
        assertThat(issued.due()).as("the deadline had passed: due on the day of issue").isEqualTo(today());
        backdate(issued, yesterday);

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly(DEMOCRATIC_SERVICES);
        assertThat(mail.getSubject()).startsWith("Overdue").contains(issued.title())
                .contains(DisplayDate.format(yesterday));
        assertThat(GreenMailUtil.getBody(mail)).contains("Olu Example", "1 working day late",
                TestServer.baseUrl() + "/democratic/item.xhtml?id=" + issued.itemId(),
                TestServer.baseUrl() + "/officer/response.xhtml?item=" + issued.itemId());
        assertThat(awaitNotice(issued.itemId(), "escalation", e -> true).getString("whatChanged"))
                .startsWith("Response overdue (due " + DisplayDate.format(yesterday) + ")");
        assertThat(Api.tasksFor("democratic", issued.itemId())).anySatisfy(t -> {
            assertThat(t.getString("task")).startsWith("Overdue and escalated").contains("Olu Example");
            assertThat(date(t, "due")).isEqualTo(yesterday);
        });
        assertThat(Api.tasksFor("officer2", issued.itemId())).as("nobody else's").isEmpty();

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("escalated once").hasSize(1);

        Api.submit(issued.itemId());
        assertThat(Api.tasksFor("democratic", issued.itemId())).as("the response is in: nothing left to chase")
                .noneSatisfy(t -> assertThat(t.getString("task")).startsWith("Overdue"));
    }

    @Test
    void theTimersFollowTheDueDateThroughAHandOverAndAnExtension() throws Exception {
        Issued issued = issueDueIn(4, Api.uniqueTitle("Timed"));
        Map<String, String> first = timers(issued.itemId());
        assertThat(first).as("the timers of the first due date")
                .containsEntry("secondReminder", startOf(DAYS.previousWorkingDay(issued.due())))
                .containsEntry("escalation", startOf(DAYS.nextWorkingDay(issued.due())));
        assertThat(first.get("firstReminder")).as("the 5-day reminder's day had passed: it waits, skipped")
                .isGreaterThan(startOf(today().plusYears(50)));

        ok(post("officer", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Oona writes the locality reports.\"}"), 200);
        assertThat(timers(issued.itemId())).as("a hand-over keeps the dates")
                .containsEntry("secondReminder", first.get("secondReminder"))
                .containsEntry("escalation", first.get("escalation"));

        LocalDate extended = workingDaysAfter(today(), 8);
        grantExtension(issued, "officer2", extended);
        assertThat(timers(issued.itemId())).as("all three moved to the new due date")
                .containsEntry("firstReminder", startOf(workingDaysAfter(today(), 3)))
                .containsEntry("secondReminder", startOf(DAYS.previousWorkingDay(extended)))
                .containsEntry("escalation", startOf(DAYS.nextWorkingDay(extended)));
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay(COUNCIL).toInstant().toString();
    }

    // ---- The fixture -------------------------------------------------------------------------------------------

    private void backdate(Issued issued, LocalDate due) throws Exception {
        LocalDateTime issuedAt = due.minusDays(14).atTime(9, 0);
        HttpResponse<String> response = fixture("POST", "item=" + issued.itemId() + "&request=" + issued.requestId()
                + "&due=" + due + "&issuedAt=" + issuedAt);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /** When each chasing timer of the item fires next, as ISO instants. */
    private Map<String, String> timers(long itemId) throws Exception {
        HttpResponse<String> response = fixture("GET", "item=" + itemId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            Map<String, String> byElement = new HashMap<>();
            reader.readObject().forEach((element, at) -> byElement.put(element, ((JsonString) at).getString()));
            return byElement;
        }
    }

    private HttpResponse<String> fixture(String method, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.toExternalForm())
                .resolve("chasing-fixture?" + query)).timeout(Duration.ofMinutes(1))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
