package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.lifecycle.Api;

/**
 * Reminders and escalation of an officer's response, as the people chased see them: the e-mails (recipient,
 * subject, link), the item's timeline and democratic services' tasks; and the timers behind them, moved when the
 * due date moves or the request changes hands.
 */
@ExtendWith(ArquillianExtension.class)
class ChasingIT {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    /** Timers are looked for every second on the test server; the rest is a loaded machine's slack. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long "nothing more arrives" is watched for: several rounds of the job executor and of the e-mails. */
    private static final Duration QUIET = Duration.ofSeconds(6);
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 19180);
    /** Set on the test server (scrutiny.chasing.escalation-email in ear/pom.xml). */
    private static final String DEMOCRATIC_SERVICES = "scrutiny-team@example.org";
    /** The server's calendar has no closures unless a test adds one: the bank holidays decide. */
    private static final WorkingDayCalendar DAYS = WorkingDayCalendar.englandAndWales();

    private static GreenMail smtp;
    private static Api.Setting setting;

    @Deployment(testable = false)
    static WebArchive deployment() {
        TestServer.awaitApplication();
        return ShrinkWrap.create(WebArchive.class, "chasing-it.war").addClasses(ChasingFixtureServlet.class);
    }

    @ArquillianResource
    URL fixture;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @BeforeEach
    void findDemoData() {
        assumeThat(DAYS.isWorkingDay(LocalDate.now(COUNCIL))).as("reminders go on working days").isTrue();
        if (setting == null) {
            setting = Api.setting();
        }
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void theFiveDayReminderGoesTodayToTheOfficerWithTheLinkToAnswer() throws Exception {
        Issued issued = issueDueIn(5, Api.uniqueTitle("Reminded"));

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer@example.org");
        assertThat(mail.getSubject()).startsWith("Reminder").contains(issued.title())
                .contains(DisplayDate.format(issued.due()));
        assertThat(GreenMailUtil.getBody(mail)).contains(DisplayDate.format(issued.due()), "5 working days left",
                TestServer.baseUrl() + "/officer/response.xhtml?item=" + issued.itemId() + "&request="
                        + issued.requestId());

        JsonObject reminder = awaitNotice(issued.itemId(), "reminder", e -> e.getString("email").startsWith("E-mailed"));
        assertThat(Api.absent(reminder, "who")).as("sent by the system, not a person").isTrue();
        assertThat(reminder.getString("whatChanged")).contains("Olu Example", DisplayDate.format(issued.due()),
                "5 working days left");
        assertThat(reminder.getString("email")).isEqualTo("E-mailed to officer@example.org.");
        assertThat(Api.timeline(issued.itemId())).extracting(e -> e.getInt("number")).as("numbered in time order")
                .isSorted().doesNotHaveDuplicates();

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("one reminder per threshold and due date").hasSize(1);
        assertThat(Api.tasksFor("democratic", issued.itemId())).as("not escalated")
                .noneSatisfy(t -> assertThat(t.getString("task")).startsWith("Overdue"));
    }

    @Test
    void anOverdueResponseIsEscalatedOnceToDemocraticServicesUntilItIsSubmitted() throws Exception {
        LocalDate lastWorkingDay = DAYS.isWorkingDay(LocalDate.now(COUNCIL)) ? LocalDate.now(COUNCIL)
                : DAYS.previousWorkingDay(LocalDate.now(COUNCIL));
        LocalDate yesterday = DAYS.previousWorkingDay(lastWorkingDay);
        Issued issued = issue(meetingWithResponseDue(yesterday), Api.uniqueTitle("Escalated"));
        assertThat(issued.due()).as("the deadline had passed: due on the day of issue")
                .isEqualTo(LocalDate.now(COUNCIL));
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
    void anExtensionMovesTheTimersToTheNewDueDateAndNothingIsSentForTheOldOne() throws Exception {
        // Due in 4 working days: the 5-day reminder's day has passed, so it is skipped, not sent late.
        Issued issued = issueDueIn(4, Api.uniqueTitle("Extended"));
        assertThat(timers(issued.itemId())).as("the timers of the first due date")
                .containsEntry("secondReminder", startOf(DAYS.previousWorkingDay(issued.due())))
                .containsEntry("escalation", startOf(DAYS.nextWorkingDay(issued.due())));

        LocalDate extended = workingDaysAfter(LocalDate.now(COUNCIL), 5);
        grantExtension(issued, "officer", extended);

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer@example.org");
        assertThat(mail.getSubject()).contains(DisplayDate.format(extended))
                .doesNotContain(DisplayDate.format(issued.due()));
        assertThat(timers(issued.itemId())).as("the timers still to fire, moved to the new due date")
                .containsEntry("secondReminder", startOf(DAYS.previousWorkingDay(extended)))
                .containsEntry("escalation", startOf(DAYS.nextWorkingDay(extended)));

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("nothing for the old due date, nothing late").hasSize(1);
        assertThat(Api.timeline(issued.itemId())).filteredOn(e -> !Api.absent(e, "notice")).singleElement()
                .satisfies(e -> assertThat(e.getString("whatChanged")).contains(DisplayDate.format(extended)));
    }

    @Test
    void afterAHandOverTheNewOfficerGetsTheRemindersAndTheOldOneNone() throws Exception {
        Issued issued = issueDueIn(4, Api.uniqueTitle("Handed over"));
        ok(post("officer", issued.path() + "/hand-over",
                "{\"toUsername\": \"officer2\", \"reason\": \"Oona writes the locality reports.\"}"), 200);
        assertThat(timers(issued.itemId())).as("still timed on the same due date")
                .containsEntry("secondReminder", startOf(DAYS.previousWorkingDay(issued.due())))
                .containsEntry("escalation", startOf(DAYS.nextWorkingDay(issued.due())));

        // The new officer asks for a day more, which brings the 5-day reminder to today.
        grantExtension(issued, "officer2", workingDaysAfter(LocalDate.now(COUNCIL), 5));

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer2@example.org");
        assertThat(GreenMailUtil.getBody(mail)).startsWith("Dear Oona Example");
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("none to the officer who handed it over").hasSize(1);
    }

    @Test
    void aFailedSendIsRetriedAndTheNoticeKept() throws Exception {
        smtp.stop();
        Issued issued;
        try {
            issued = issueDueIn(5, Api.uniqueTitle("Mail server down"));
            JsonObject failing = awaitNotice(issued.itemId(), "reminder", e -> e.getString("email").contains("failed"));
            assertThat(failing.getString("email")).startsWith("E-mail to officer@example.org not sent yet: ");
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer@example.org");
        assertThat(awaitNotice(issued.itemId(), "reminder", e -> e.getString("email").startsWith("E-mailed"))
                .getString("email")).matches("E-mailed to officer@example.org after \\d+ tries, .*");
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("sent once").hasSize(1);
    }

    // ---- Steps -------------------------------------------------------------------------------------------------

    private record Issued(String title, long itemId, long requestId, LocalDate due) {
        String path() {
            return "/api/items/" + itemId + "/requests/" + requestId;
        }
    }

    private Issued issueDueIn(int workingDays, String title) {
        LocalDate due = workingDaysAfter(LocalDate.now(COUNCIL), workingDays);
        Issued issued = issue(meetingWithResponseDue(due), title);
        assertThat(issued.due()).isEqualTo(due);
        return issued;
    }

    /** A red flag taken to a request to "officer", for the meeting. */
    private Issued issue(long meetingId, String title) {
        long id = id(Api.raise(setting, title));
        Api.triageReport(id, meetingId);
        Api.agreeKloe(id);
        JsonObject request = Api.issue(id).getJsonArray("requests").getJsonObject(0);
        return new Issued(title, id, id(request), date(request, "due"));
    }

    /** A meeting of the committee whose officer response deadline is {@code due}: an existing one, or a new one. */
    private static long meetingWithResponseDue(LocalDate due) {
        for (LocalDate day = LocalDate.now(COUNCIL); day.isBefore(due.plusDays(60)); day = day.plusDays(1)) {
            JsonObject deadlines = TestServer.object(get("democratic", "/api/deadlines?meetingDate=" + day));
            if (!date(deadlines, "officerResponseDue").equals(due)) {
                continue;
            }
            List<JsonObject> meetings = TestServer.array(get("democratic", "/api/meetings?committee="
                    + setting.committeeId() + "&from=" + day + "&to=" + day)).getValuesAs(JsonObject.class);
            if (!meetings.isEmpty()) {
                return id(meetings.get(0));
            }
            return id(ok(post("democratic", "/api/meetings", """
                    {"committeeId": %d, "date": "%s", "startTime": "18:00"}
                    """.formatted(setting.committeeId(), day)), 201));
        }
        throw new AssertionError("No meeting date has its officer response deadline on " + due);
    }

    private static void grantExtension(Issued issued, String officer, LocalDate until) {
        JsonObject asked = ok(post(officer, issued.path() + "/extensions", "{\"until\": \"" + until
                + "\", \"reason\": \"The data team is rebuilding the extract.\"}"), 201);
        var extensions = asked.getJsonArray("requests").getJsonObject(0).getJsonArray("extensions");
        long extensionId = id(extensions.getJsonObject(extensions.size() - 1));
        ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant", "{}"), 200);
    }

    private static LocalDate workingDaysAfter(LocalDate from, int count) {
        LocalDate day = from;
        for (int i = 0; i < count; i++) {
            day = DAYS.nextWorkingDay(day);
        }
        return day;
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
    private java.util.Map<String, String> timers(long itemId) throws Exception {
        HttpResponse<String> response = fixture("GET", "item=" + itemId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject timers = reader.readObject();
            java.util.Map<String, String> byElement = new java.util.HashMap<>();
            timers.forEach((element, at) -> byElement.put(element, Instant.parse(((jakarta.json.JsonString) at)
                    .getString()).toString()));
            return byElement;
        }
    }

    private HttpResponse<String> fixture(String method, String query) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.toExternalForm())
                .resolve("chasing-fixture?" + query)).timeout(Duration.ofMinutes(1))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- Waiting -----------------------------------------------------------------------------------------------

    private static JsonObject awaitNotice(long itemId, String kind, Predicate<JsonObject> condition)
            throws InterruptedException {
        return await("a " + kind + " on the timeline of item " + itemId, () -> Api.timeline(itemId).stream()
                .filter(e -> kind.equals(Api.absent(e, "notice") ? null : e.getString("notice")))
                .filter(condition).findFirst().orElse(null));
    }

    private static List<MimeMessage> awaitMails(String title, int count) throws InterruptedException {
        await(count + " e-mail(s) about " + title, () -> mailsAbout(title).size() >= count ? true : null);
        List<MimeMessage> mails = mailsAbout(title);
        assertThat(mails).as("e-mails about " + title).hasSize(count);
        return mails;
    }

    private static <T> T await(String what, Supplier<T> found) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T result = found.get();
            if (result != null) {
                return result;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what);
    }

    // ---- Mail --------------------------------------------------------------------------------------------------

    /** One message per recipient, as GreenMail delivers them. */
    private static List<MimeMessage> mailsAbout(String title) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(title)).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) throws MessagingException {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }
}
