package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static uk.scrutiny.it.chasing.Chasing.DAYS;
import static uk.scrutiny.it.chasing.Chasing.QUIET;
import static uk.scrutiny.it.chasing.Chasing.awaitMails;
import static uk.scrutiny.it.chasing.Chasing.awaitNotice;
import static uk.scrutiny.it.chasing.Chasing.grantExtension;
import static uk.scrutiny.it.chasing.Chasing.issueDueIn;
import static uk.scrutiny.it.chasing.Chasing.mailsAbout;
import static uk.scrutiny.it.chasing.Chasing.recipients;
import static uk.scrutiny.it.chasing.Chasing.today;
import static uk.scrutiny.it.chasing.Chasing.workingDaysAfter;
import static uk.scrutiny.it.lifecycle.Api.ok;
import static uk.scrutiny.it.lifecycle.Api.post;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.it.TestServer;
import uk.scrutiny.it.chasing.Chasing.Issued;
import uk.scrutiny.it.lifecycle.Api;

/**
 * Reminders of an officer's response, as the officers see them: the e-mails (recipient, subject, link) and the
 * item's timeline, with the due date moved by an extension, the request handed over, and the mail server down.
 */
@ExtendWith(WithMailServer.class)
class ChasingIT {

    @BeforeEach
    void onAWorkingDay() {
        assumeThat(DAYS.isWorkingDay(today())).as("reminders go on working days").isTrue();
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
    void anExtensionBringsTheRemindersOfTheNewDueDateAndNothingIsSentForTheOldOne() throws Exception {
        // Due in 4 working days: the 5-day reminder's day has passed, so it is skipped, not sent late.
        Issued issued = issueDueIn(4, Api.uniqueTitle("Extended"));
        LocalDate extended = workingDaysAfter(today(), 5);
        grantExtension(issued, "officer", extended);

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer@example.org");
        assertThat(mail.getSubject()).contains(DisplayDate.format(extended))
                .doesNotContain(DisplayDate.format(issued.due()));

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

        // The new officer asks for a day more, which brings the 5-day reminder to today.
        grantExtension(issued, "officer2", workingDaysAfter(today(), 5));

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer2@example.org");
        assertThat(GreenMailUtil.getBody(mail)).startsWith("Dear Oona Example");
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("none to the officer who handed it over").hasSize(1);
    }

    @Test
    void aFailedSendIsRetriedAndTheNoticeKept() throws Exception {
        Chasing.stopSmtpServer();
        Issued issued;
        try {
            issued = issueDueIn(5, Api.uniqueTitle("Mail server down"));
            JsonObject failing = awaitNotice(issued.itemId(), "reminder", e -> e.getString("email").contains("failed"));
            assertThat(failing.getString("email")).startsWith("E-mail to officer@example.org not sent yet: ")
                    .contains("tr");
        } finally {
            Chasing.startSmtpServer();
        }

        MimeMessage mail = awaitMails(issued.title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer@example.org");
        assertThat(awaitNotice(issued.itemId(), "reminder", e -> e.getString("email").startsWith("E-mailed"))
                .getString("email")).matches("E-mailed to officer@example.org after \\d+ tries, .*");
        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.title())).as("sent once").hasSize(1);
    }
}
