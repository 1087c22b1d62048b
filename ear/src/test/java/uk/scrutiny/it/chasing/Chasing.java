package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.it.lifecycle.Api.date;
import static uk.scrutiny.it.lifecycle.Api.get;
import static uk.scrutiny.it.lifecycle.Api.id;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.lifecycle.Api;

/** The steps, waits and mailbox the chasing tests share. */
final class Chasing {

    static final ZoneId COUNCIL = ZoneId.of("Europe/London");
    /** Timers are looked for every second on the test server; the rest is a loaded machine's slack. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How long "nothing more arrives" is watched for: several rounds of the job executor and of the e-mails. */
    static final Duration QUIET = Duration.ofSeconds(6);
    /** Set on the test server (scrutiny.chasing.escalation-email in ear/pom.xml). */
    static final String DEMOCRATIC_SERVICES = "scrutiny-team@example.org";
    /** The server's calendar has no closures unless a test adds one: the bank holidays decide. */
    static final WorkingDayCalendar DAYS = WorkingDayCalendar.englandAndWales();

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 19180);

    private static GreenMail smtp;
    private static Api.Setting setting;

    private Chasing() {
    }

    // ---- The mailbox: a real SMTP server on the port the test server's mail session uses -----------------------

    static void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    static void stopSmtpServer() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    static List<MimeMessage> awaitMails(String title, int count) throws InterruptedException {
        await(count + " e-mail(s) about " + title, () -> mailsAbout(title).size() >= count ? true : null);
        List<MimeMessage> mails = mailsAbout(title);
        assertThat(mails).as("e-mails about " + title).hasSize(count);
        return mails;
    }

    /** One message per recipient, as GreenMail delivers them. */
    static List<MimeMessage> mailsAbout(String title) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(title)).toList();
    }

    static List<String> recipients(MimeMessage mail) throws MessagingException {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Steps -------------------------------------------------------------------------------------------------

    record Issued(String title, long itemId, long requestId, LocalDate due) {
        String path() {
            return "/api/items/" + itemId + "/requests/" + requestId;
        }
    }

    static LocalDate today() {
        return LocalDate.now(COUNCIL);
    }

    /** A request to "officer" due {@code workingDays} working days from today. */
    static Issued issueDueIn(int workingDays, String title) {
        LocalDate due = workingDaysAfter(today(), workingDays);
        Issued issued = issue(meetingWithResponseDue(due), title);
        assertThat(issued.due()).isEqualTo(due);
        return issued;
    }

    /** A red flag taken to a request to "officer", for the meeting. */
    static Issued issue(long meetingId, String title) {
        long id = id(Api.raise(setting(), title));
        Api.triageReport(id, meetingId);
        Api.agreeKloe(id);
        JsonObject request = Api.issue(id).getJsonArray("requests").getJsonObject(0);
        return new Issued(title, id, id(request), date(request, "due"));
    }

    /** A red flag taken to one request to each officer named, for the meeting, in the order named. */
    static List<Issued> issueTo(long meetingId, String title, String... officers) {
        long id = id(Api.raise(setting(), title));
        Api.triageReport(id, meetingId);
        Api.agreeKloe(id);
        JsonObject item = ok(post("democratic", "/api/items/" + id + "/issue-request", "{\"officers\": [\""
                + String.join("\", \"", officers) + "\"]}"), 200);
        return Arrays.stream(officers).map(officer -> item.getJsonArray("requests").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("officer").equals(officer)).findFirst().orElseThrow())
                .map(r -> new Issued(title, id, id(r), date(r, "due"))).toList();
    }

    /** A meeting of the committee whose officer response deadline is {@code due}: an existing one, or a new one. */
    static long meetingWithResponseDue(LocalDate due) {
        long committee = setting().committeeId();
        for (LocalDate day = today(); day.isBefore(due.plusDays(60)); day = day.plusDays(1)) {
            JsonObject deadlines = TestServer.object(get("democratic", "/api/deadlines?meetingDate=" + day));
            if (!date(deadlines, "officerResponseDue").equals(due)) {
                continue;
            }
            List<JsonObject> meetings = TestServer.array(get("democratic", "/api/meetings?committee=" + committee
                    + "&from=" + day + "&to=" + day)).getValuesAs(JsonObject.class);
            if (!meetings.isEmpty()) {
                return id(meetings.get(0));
            }
            return id(ok(post("democratic", "/api/meetings", """
                    {"committeeId": %d, "date": "%s", "startTime": "18:00"}
                    """.formatted(committee, day)), 201));
        }
        throw new AssertionError("No meeting date has its officer response deadline on " + due);
    }

    /** The officer asks for the request to be due on {@code until}, and democratic services grant it. */
    static void grantExtension(Issued issued, String officer, LocalDate until) {
        JsonObject asked = ok(post(officer, issued.path() + "/extensions", "{\"until\": \"" + until
                + "\", \"reason\": \"The data team is rebuilding the extract.\"}"), 201);
        var extensions = asked.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .filter(r -> id(r) == issued.requestId()).findFirst().orElseThrow().getJsonArray("extensions");
        long extensionId = id(extensions.getJsonObject(extensions.size() - 1));
        ok(post("democratic", issued.path() + "/extensions/" + extensionId + "/grant", "{}"), 200);
    }

    static LocalDate workingDaysAfter(LocalDate from, int count) {
        LocalDate day = from;
        for (int i = 0; i < count; i++) {
            day = DAYS.nextWorkingDay(day);
        }
        return day;
    }

    private static Api.Setting setting() {
        if (setting == null) {
            setting = Api.setting();
        }
        return setting;
    }

    // ---- Waiting -----------------------------------------------------------------------------------------------

    /** The first notice of the kind on the item's timeline that meets the condition, once there is one. */
    static JsonObject awaitNotice(long itemId, String kind, Predicate<JsonObject> condition)
            throws InterruptedException {
        return await("a " + kind + " on the timeline of item " + itemId, () -> Api.timeline(itemId).stream()
                .filter(e -> kind.equals(Api.absent(e, "notice") ? null : e.getString("notice")))
                .filter(condition).findFirst().orElse(null));
    }

    static <T> T await(String what, Supplier<T> found) throws InterruptedException {
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
}
