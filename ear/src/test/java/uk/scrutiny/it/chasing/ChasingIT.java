package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.it.TestServer;

/**
 * Reminders and escalation of an officer's response, seen as the users see them: the e-mails, the item's timeline
 * and democratic services' tasks.
 */
class ChasingIT {

    /** Timers are looked for every second on the test server; the rest is a loaded machine's slack. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** How long "nothing more arrives" is watched for: several acquisition rounds of the job executor. */
    private static final Duration QUIET = Duration.ofSeconds(8);

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 19180);
    private static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9180");

    private static GreenMail smtp;
    private static long committeeId;
    private static long meetingId;
    private static long dataSourceId;

    @BeforeAll
    static void startSmtpServerAndFindDemoData() throws InterruptedException {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        awaitReady();
        for (JsonValue c : TestServer.array(get("democratic", "/api/committees"))) {
            long id = ((JsonObject) c).getJsonNumber("id").longValue();
            List<JsonObject> meetings = TestServer.array(get("democratic", "/api/meetings?committee=" + id + "&to="
                    + LocalDate.now().minusDays(1))).getValuesAs(JsonObject.class).stream()
                    .filter(m -> !"cancelled".equals(m.getString("status"))).toList();
            if (!meetings.isEmpty()) {
                committeeId = id;
                meetingId = meetings.get(meetings.size() - 1).getJsonNumber("id").longValue();
                break;
            }
        }
        assertThat(meetingId).as("a demo meeting").isPositive();
        dataSourceId = TestServer.array(get("democratic", "/api/data-sources")).getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** The server may report started before the application has: on a loaded machine minutes apart. */
    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("democratic", "/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The application did not become ready within 8 minutes");
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void anOverdueResponseIsEscalatedOnceToTheOfficerAndDemocraticServices() throws Exception {
        String title = "Escalated " + UUID.randomUUID();
        Issued issued = issueRequest(title);

        List<MimeMessage> mails = awaitMails(title, 2);

        // One e-mail to both, which GreenMail delivers once into each mailbox.
        for (MimeMessage mail : mails) {
            assertThat(recipients(mail)).containsExactlyInAnyOrder("officer@example.org", "democratic@example.org");
            assertThat(mail.getSubject()).startsWith("Overdue").contains(title)
                    .contains(DisplayDate.format(issued.due()));
            assertThat(GreenMailUtil.getBody(mail)).contains(BASE_URL + "/api/items/" + issued.itemId());
        }
        assertThat(timeline(issued.itemId())).filteredOn(e -> e.getString("whatChanged").startsWith("Response overdue"))
                .singleElement().satisfies(e -> {
                    assertThat(e.containsKey("who") && !e.isNull("who")).as("sent by nobody").isFalse();
                    assertThat(e.getString("whatChanged")).contains(DisplayDate.format(issued.due()));
                });
        assertThat(tasksFor("democratic", issued.itemId())).anySatisfy(t -> {
            assertThat(t.getString("task")).startsWith("Overdue and escalated");
            assertThat(t.getString("due")).isEqualTo(issued.due().toString());
        });
        assertThat(tasksFor("officer2", issued.itemId())).as("nobody else's").isEmpty();

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(title)).as("no second escalation, no reminder after it").hasSize(2);
    }

    @Test
    void aResponseReturnedForMoreIsNotChasedTwiceForTheSameDueDate() throws Exception {
        String title = "Returned " + UUID.randomUUID();
        Issued issued = issueRequest(title);
        awaitMails(title, 2);

        ok(post("officer", "/api/items/" + issued.itemId() + "/submit-response", """
                {"answers": [{"line": 1, "text": "Threshold changes in 2023."}], "notProvided": []}
                """), 200);
        ok(post("democratic", "/api/items/" + issued.itemId() + "/return-response",
                "{\"reason\": \"Please add the figures by locality.\"}"), 200);
        assertThat(tasksFor("officer", issued.itemId())).as("the officer's task again").hasSize(1);

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(title)).hasSize(2);
        assertThat(timeline(issued.itemId()))
                .filteredOn(e -> e.getString("whatChanged").startsWith("Response overdue")).hasSize(1);
    }

    @Test
    void anExtensionMovesTheTimersToTheNewDueDate() throws Exception {
        String title = "Extended " + UUID.randomUUID();
        Issued issued = issueRequest(title);
        awaitMails(title, 2);

        LocalDate extended = workingDaysAfter(LocalDate.now(), 3);
        JsonObject asked = ok(post("officer", issued.path() + "/extensions",
                "{\"until\": \"" + extended + "\", \"reason\": \"The data team is rebuilding the extract.\"}"), 201);
        var extensions = asked.getJsonArray("requests").getJsonObject(0).getJsonArray("extensions");
        long extensionId = extensions.getJsonObject(extensions.size() - 1).getJsonNumber("id").longValue();
        ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant", "{}"), 200);

        // Due in 3 working days: the 5-day reminder is past and fires now; the 1-day one and the escalation wait.
        List<MimeMessage> reminders = awaitMails(title, 3).stream().filter(ChasingIT::isReminder).toList();
        assertThat(reminders).singleElement().satisfies(mail -> {
            assertThat(recipients(mail)).containsExactly("officer@example.org");
            assertThat(mail.getSubject()).contains(title).contains(DisplayDate.format(extended))
                    .doesNotContain(DisplayDate.format(issued.due()));
            assertThat(GreenMailUtil.getBody(mail)).contains(BASE_URL + "/api/items/" + issued.itemId());
        });
        assertThat(timeline(issued.itemId())).filteredOn(e -> e.getString("whatChanged").startsWith("Reminder sent"))
                .singleElement().satisfies(e -> assertThat(e.getString("whatChanged"))
                        .contains(DisplayDate.format(extended)));
        assertThat(tasksFor("democratic", issued.itemId())).as("no longer overdue")
                .noneSatisfy(t -> assertThat(t.getString("task")).startsWith("Overdue"));

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(title)).as("the escalation for the old date and one reminder for the new").hasSize(3);
    }

    // ---- Steps -------------------------------------------------------------------------------------------------

    private record Issued(long itemId, long requestId, LocalDate due) {
        String path() {
            return "/api/items/" + itemId + "/requests/" + requestId;
        }
    }

    /** A red flag taken to a request to "officer"; the demo meeting is past, so it is due today. */
    private static Issued issueRequest(String title) {
        long id = ok(post("member", "/api/items", """
                {"committeeId": %d, "dataSourceId": %d, "title": "%s", "indicator": "Re-referrals within 12 months",
                 "severity": "HIGH", "whyItMatters": "Re-referrals rose for the third year running."}
                """.formatted(committeeId, dataSourceId, title)), 201).getJsonNumber("id").longValue();
        ok(post("chair", "/api/items/" + id + "/triage",
                "{\"decision\": \"REPORT\", \"reason\": \"Needs a report\", \"meetingId\": " + meetingId + "}"), 200);
        ok(post("democratic", "/api/items/" + id + "/agree-kloe",
                "{\"questions\": [\"Why have re-referrals risen?\"]}"), 200);
        JsonObject request = ok(post("democratic", "/api/items/" + id + "/issue-request",
                "{\"officer\": \"officer\"}"), 200).getJsonArray("requests").getJsonObject(0);
        LocalDate due = LocalDate.parse(request.getString("due"));
        assertThat(due).as("due today: the meeting's deadline has passed").isEqualTo(LocalDate.now());
        return new Issued(id, request.getJsonNumber("id").longValue(), due);
    }

    private static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    // ---- Mail --------------------------------------------------------------------------------------------------

    private static List<MimeMessage> awaitMails(String title, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<MimeMessage> mails = mailsAbout(title);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            mails = mailsAbout(title);
        }
        assertThat(mails).as("e-mails about " + title).hasSize(count);
        return mails;
    }

    /** One message per recipient, as GreenMail delivers them. */
    private static List<MimeMessage> mailsAbout(String title) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(title)).toList();
    }

    private static boolean isReminder(MimeMessage mail) {
        return subject(mail).startsWith("Reminder");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- HTTP --------------------------------------------------------------------------------------------------

    private static HttpResponse<String> get(String user, String path) {
        return TestServer.sendAs(user, "GET", path, null);
    }

    private static HttpResponse<String> post(String user, String path, String json) {
        return TestServer.sendAs(user, "POST", path, json);
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return TestServer.object(response);
    }

    private static List<JsonObject> timeline(long itemId) {
        return TestServer.array(get("democratic", "/api/items/" + itemId + "/timeline")).getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> tasksFor(String user, long itemId) {
        HttpResponse<String> response = get(user, "/api/my-tasks");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.array(response).getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("itemId").longValue() == itemId).toList();
    }
}
