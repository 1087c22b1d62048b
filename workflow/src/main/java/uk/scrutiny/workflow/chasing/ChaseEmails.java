package uk.scrutiny.workflow.chasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.notice.ChaseNotice;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.notice.NoticeKind;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * The notices' outbox, one short transaction per step, so no transaction is open while the mail server is talked
 * to: take the e-mails due (each marked as under way, so another sender leaves it), then record each result.
 */
@ApplicationScoped
public class ChaseEmails {

    static final String PUBLIC_URL = "scrutiny.public-url";

    /** How long a try may take before it is taken as lost and the e-mail tried again. */
    private static final Duration TRY_LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 20;

    @Inject
    ChaseNoticeRepository notices;

    @Inject
    CouncilCalendar calendar;

    /** Where users reach the application, for the links in the e-mails. */
    @Inject
    @ConfigProperty(name = PUBLIC_URL, defaultValue = "http://localhost:9080")
    String publicUrl;

    /** A notice's e-mail, taken for one try. */
    public record Taken(long noticeId, ChaseMail.Email email) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Taken> takeDue() {
        LocalDateTime now = now();
        List<Taken> taken = new ArrayList<>();
        for (ChaseNotice notice : notices.findEmailsDue(now, BATCH)) {
            if (notice.takeForSending(now, now.plus(TRY_LEASE))) {
                notices.store(notice);
                taken.add(new Taken(notice.id(), compose(notice)));
            }
        }
        return taken;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long noticeId) {
        notices.find(noticeId).ifPresent(n -> {
            n.emailSent(now());
            notices.store(n);
        });
    }

    /** @return the tries made so far */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failed(long noticeId, String why, Duration firstRetry, Duration longestRetry, int lastTry) {
        ChaseNotice notice = notices.find(noticeId).orElseThrow();
        // Doubling from the first wait, so a mail server down for hours is not hammered, nor waited for too long.
        long factor = 1L << Math.min(notice.emailAttempts(), 20);
        Duration retryAfter = firstRetry.multipliedBy(factor);
        notice.emailFailed(why, now(), retryAfter.compareTo(longestRetry) > 0 ? longestRetry : retryAfter, lastTry);
        notices.store(notice);
        return notice.emailAttempts();
    }

    /** The e-mail of a notice: plain English, the due date, the working days left and the link to answer. */
    ChaseMail.Email compose(ChaseNotice notice) {
        ScrutinyItem item = notice.item();
        InformationRequest request = notice.request();
        String due = DisplayDate.format(notice.due());
        LocalDate sentOn = notice.createdAt().atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(OfficerChasing.COUNCIL_ZONE).toLocalDate();
        int left = calendar.calendar().workingDaysBetween(sentOn, notice.due());
        String responsePage = publicUrl + "/officer/response.xhtml?item=" + item.id() + "&request=" + request.id();
        String officer = notice.officer().displayName();
        if (notice.kind() == NoticeKind.REMINDER) {
            return new ChaseMail.Email(notice.recipient(),
                    "Reminder: your response on \"" + item.title() + "\" is due on " + due,
                    "Dear " + officer + ",\n\n"
                            + "The " + item.committee().name() + " is waiting for your response on \"" + item.title()
                            + "\". It is due on " + due + ": " + workingDays(left) + " left.\n\n"
                            + "Answer each key line of enquiry, or ask for more time, here:\n" + responsePage + "\n\n"
                            + "If someone else should answer it, you can hand it over to them on the same page.\n\n"
                            + "Democratic services\n");
        }
        return new ChaseMail.Email(notice.recipient(),
                "Overdue: the response on \"" + item.title() + "\" was due on " + due,
                "Democratic services,\n\n"
                        + "The response from " + officer + " on \"" + item.title() + "\" for the "
                        + item.committee().name() + " was due on " + due + " and has not been submitted: it is "
                        + workingDays(-left) + " late.\n\n"
                        + "Please chase " + officer + ", or hand the request to another officer. The item:\n"
                        + publicUrl + "/democratic/item.xhtml?id=" + item.id() + "\n\n"
                        + "The officer answers here:\n" + responsePage + "\n");
    }

    private static String workingDays(int count) {
        return count + " working day" + (count == 1 ? "" : "s");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
