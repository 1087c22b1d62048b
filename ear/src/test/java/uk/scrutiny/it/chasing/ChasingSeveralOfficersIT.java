package uk.scrutiny.it.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static uk.scrutiny.it.chasing.Chasing.DAYS;
import static uk.scrutiny.it.chasing.Chasing.QUIET;
import static uk.scrutiny.it.chasing.Chasing.awaitMails;
import static uk.scrutiny.it.chasing.Chasing.grantExtension;
import static uk.scrutiny.it.chasing.Chasing.issueTo;
import static uk.scrutiny.it.chasing.Chasing.mailsAbout;
import static uk.scrutiny.it.chasing.Chasing.meetingWithResponseDue;
import static uk.scrutiny.it.chasing.Chasing.recipients;
import static uk.scrutiny.it.chasing.Chasing.today;
import static uk.scrutiny.it.chasing.Chasing.workingDaysAfter;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.it.chasing.Chasing.Issued;
import uk.scrutiny.it.lifecycle.Api;

/**
 * Reminders when one item's request went to two officers: each officer is chased about their own request, with the
 * link to it, and an extension on one request moves only that request's reminders.
 */
@ExtendWith(WithMailServer.class)
class ChasingSeveralOfficersIT {

    @BeforeEach
    void onAWorkingDay() {
        assumeThat(DAYS.isWorkingDay(today())).as("reminders go on working days").isTrue();
    }

    @Test
    void eachOfficerIsRemindedOfTheirOwnRequest() throws Exception {
        LocalDate due = workingDaysAfter(today(), 5);
        List<Issued> issued = issueTo(meetingWithResponseDue(due), Api.uniqueTitle("Two reminded"), "officer",
                "officer2");
        String title = issued.get(0).title();

        List<MimeMessage> mails = awaitMails(title, 2);
        List<String> to = new ArrayList<>();
        for (MimeMessage mail : mails) {
            to.addAll(recipients(mail));
            String link = GreenMailUtil.getBody(mail);
            Issued theirs = recipients(mail).contains("officer@example.org") ? issued.get(0) : issued.get(1);
            assertThat(link).contains("/officer/response.xhtml?item=" + theirs.itemId() + "&request="
                    + theirs.requestId());
            assertThat(mail.getSubject()).contains(DisplayDate.format(due));
        }
        assertThat(to).containsExactlyInAnyOrder("officer@example.org", "officer2@example.org");

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(title)).as("one reminder per officer").hasSize(2);
    }

    @Test
    void anExtensionOnOneRequestBringsOnlyThatOfficersReminder() throws Exception {
        // Due in 4 working days: the 5-day reminders' day has passed for both, so neither is sent late.
        LocalDate due = workingDaysAfter(today(), 4);
        List<Issued> issued = issueTo(meetingWithResponseDue(due), Api.uniqueTitle("One extended"), "officer",
                "officer2");
        LocalDate extended = workingDaysAfter(today(), 5);
        grantExtension(issued.get(1), "officer2", extended);

        MimeMessage mail = awaitMails(issued.get(0).title(), 1).get(0);
        assertThat(recipients(mail)).containsExactly("officer2@example.org");
        assertThat(mail.getSubject()).contains(DisplayDate.format(extended));

        Thread.sleep(QUIET.toMillis());
        assertThat(mailsAbout(issued.get(0).title())).as("nothing to the officer whose request did not move")
                .hasSize(1);
    }
}
