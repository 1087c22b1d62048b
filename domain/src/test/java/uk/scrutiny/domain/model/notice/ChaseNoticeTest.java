package uk.scrutiny.domain.model.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scrutiny.domain.model.TestData.DANA;
import static uk.scrutiny.domain.model.TestData.NOW;
import static uk.scrutiny.domain.model.TestData.OLU;
import static uk.scrutiny.domain.model.TestData.committee;
import static uk.scrutiny.domain.model.TestData.meeting;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.ScrutinyItem;

class ChaseNoticeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 1, 12);

    private final InformationRequest request = request();

    private static InformationRequest request() {
        Committee committee = committee();
        ScrutinyItem item = new ScrutinyItem(committee, "Elective home education", "Numbers and safeguarding",
                ItemType.REPORT, "Work programme");
        item.scheduleFor(meeting(committee, LocalDate.of(2026, 1, 27)), DANA, NOW);
        item.addKeyQuestion("How many children are electively home educated?", DANA, NOW);
        item.agreeKeyLinesOfEnquiry(NOW.toLocalDate(), DANA, NOW);
        return item.issueRequest(OLU, DUE, DANA, NOW);
    }

    @Test
    void aReminderIsForTheOfficerHoldingTheRequestOnItsDueDate() {
        ChaseNotice reminder = ChaseNotice.reminder(request, 5, NOW);

        assertThat(reminder.kind()).isEqualTo(NoticeKind.REMINDER);
        assertThat(reminder.due()).isEqualTo(DUE);
        assertThat(reminder.officer()).isSameAs(OLU);
        assertThat(reminder.recipient()).isEqualTo(OLU.email());
        assertThat(reminder.describe()).isEqualTo("Reminder sent to Olu Example: the response is due on "
                + "Mon 12 Jan 2026, 5 working days left.");
        assertThat(reminder.emailStatus()).isEqualTo(EmailStatus.PENDING);
        assertThat(reminder.describeEmail()).isEqualTo("E-mail to " + OLU.email() + " not sent yet.");
    }

    @Test
    void anEscalationGoesToDemocraticServicesAboutTheOfficer() {
        ChaseNotice escalation = ChaseNotice.escalation(request, "scrutiny@example.org", NOW);

        assertThat(escalation.recipient()).isEqualTo("scrutiny@example.org");
        assertThat(escalation.thresholdDays()).isEqualTo(ChasingRules.ESCALATION_WORKING_DAYS);
        assertThat(escalation.describe()).isEqualTo("Response overdue (due Mon 12 Jan 2026): escalated to "
                + "democratic services, who chase Olu Example for it.");
    }

    @Test
    void anEmailIsTakenOnceWhenDueAndTriedAgainAfterAFailureUntilItGoes() {
        ChaseNotice notice = ChaseNotice.reminder(request, 1, NOW);

        assertThat(notice.takeForSending(NOW, NOW.plusMinutes(5))).as("due at once").isTrue();
        assertThat(notice.takeForSending(NOW.plusMinutes(1), NOW.plusMinutes(6))).as("already under way").isFalse();

        notice.emailFailed("Connection refused", NOW.plusMinutes(1), Duration.ofMinutes(2), 3);
        assertThat(notice.emailStatus()).isEqualTo(EmailStatus.PENDING);
        assertThat(notice.emailNextTry()).isEqualTo(NOW.plusMinutes(3));
        assertThat(notice.describeEmail()).endsWith("1 try failed, the last because Connection refused");
        assertThat(notice.takeForSending(NOW.plusMinutes(2), NOW.plusMinutes(7))).as("not before the retry")
                .isFalse();
        assertThat(notice.takeForSending(NOW.plusMinutes(3), NOW.plusMinutes(8))).isTrue();

        notice.emailSent(NOW.plusMinutes(3));
        assertThat(notice.emailStatus()).isEqualTo(EmailStatus.SENT);
        assertThat(notice.emailAttempts()).isEqualTo(2);
        assertThat(notice.describeEmail()).startsWith("E-mailed to " + OLU.email() + " after 2 tries");
        assertThat(notice.takeForSending(NOW.plusDays(1), NOW.plusDays(1))).as("sent once").isFalse();
    }

    @Test
    void anEmailIsGivenUpAfterItsLastTryAndTheNoticeStays() {
        ChaseNotice notice = ChaseNotice.reminder(request, 1, NOW);
        notice.emailFailed("Connection refused", NOW, Duration.ofMinutes(1), 2);
        notice.emailFailed("Mailbox unavailable", NOW.plusMinutes(1), Duration.ofMinutes(1), 2);

        assertThat(notice.emailStatus()).isEqualTo(EmailStatus.FAILED);
        assertThat(notice.emailNextTry()).isNull();
        assertThat(notice.describeEmail()).isEqualTo("E-mail to " + OLU.email() + " given up after 2 tries, the "
                + "last failing because Mailbox unavailable");
        assertThat(notice.takeForSending(NOW.plusDays(1), NOW.plusDays(1))).isFalse();
    }
}
