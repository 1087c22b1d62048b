package uk.scrutiny.workflow.chasing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the notices' e-mails after the notices are recorded, on the server's managed scheduler: every
 * {@value #INTERVAL} (default a minute) it takes the e-mails due and sends each. A failure is logged with its
 * reason and recorded on the notice (tries, last error), and the e-mail is tried again after
 * {@value #FIRST_RETRY} (default a minute), doubling up to {@value #LONGEST_RETRY} (an hour), at most
 * {@value #TRIES} times (12). So a mail server that is down loses nothing and holds up no timer and no user.
 */
@ApplicationScoped
public class ChaseEmailSender {

    static final String INTERVAL = "scrutiny.chasing.email-interval";
    static final String FIRST_RETRY = "scrutiny.chasing.email-first-retry";
    static final String LONGEST_RETRY = "scrutiny.chasing.email-longest-retry";
    static final String TRIES = "scrutiny.chasing.email-tries";

    private static final Logger LOG = Logger.getLogger(ChaseEmailSender.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ChaseEmails outbox;

    @Inject
    ChaseMail mail;

    @Inject
    @ConfigProperty(name = INTERVAL, defaultValue = "PT1M")
    Duration interval;

    @Inject
    @ConfigProperty(name = FIRST_RETRY, defaultValue = "PT1M")
    Duration firstRetry;

    @Inject
    @ConfigProperty(name = LONGEST_RETRY, defaultValue = "PT1H")
    Duration longestRetry;

    @Inject
    @ConfigProperty(name = TRIES, defaultValue = "12")
    int tries;

    private ScheduledFuture<?> rounds;

    void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object applicationInitialised) {
        rounds = scheduler.scheduleWithFixedDelay(this::sendDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** One round. Never throws: a scheduled task that throws is never run again. */
    void sendDue() {
        List<ChaseEmails.Taken> taken;
        try {
            taken = outbox.takeDue();
        } catch (RuntimeException e) {
            // Another sender took the same e-mails first (its version won), or the schema is still being migrated
            // at start-up: the next round tries again.
            LOG.log(Level.FINE, "Could not take the chasing e-mails due this round", e);
            return;
        }
        for (ChaseEmails.Taken one : taken) {
            String why = null;
            try {
                mail.send(one.email());
            } catch (MessagingException | RuntimeException e) {
                why = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            try {
                if (why == null) {
                    outbox.sent(one.noticeId());
                } else {
                    int tried = outbox.failed(one.noticeId(), why, firstRetry, longestRetry, tries);
                    LOG.log(tried >= tries ? Level.SEVERE : Level.WARNING,
                            "Could not e-mail \"{0}\" to {1} (try {2} of {3}, {4}): {5}", new Object[] {
                                    one.email().subject(), one.email().to(), tried, tries,
                                    tried >= tries ? "given up" : "tried again later", why});
                }
            } catch (RuntimeException recording) {
                LOG.log(Level.WARNING, "Could not record the e-mail \"" + one.email().subject() + "\" as "
                        + (why == null ? "sent" : "failed (" + why + ")") + "; its try lapses and it is tried again",
                        recording);
            }
        }
    }
}
