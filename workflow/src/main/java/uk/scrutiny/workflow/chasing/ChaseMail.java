package uk.scrutiny.workflow.chasing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the chasing e-mails through the server's mail session {@value #SESSION} (Liberty's {@code mail-2.1};
 * host, port and sender are server variables). A failure is logged with its reason and thrown: the send step is an
 * asynchronous job of its own, so Flowable retries it while the notice stays recorded on the timeline.
 */
@ApplicationScoped
public class ChaseMail {

    static final String SESSION = "mail/scrutiny";
    private static final Logger LOG = Logger.getLogger(ChaseMail.class.getName());

    @Resource(lookup = SESSION)
    Session session;

    public void send(List<String> to, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to)));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send \"{0}\" to {1}: {2}; Flowable will retry it",
                    new Object[] {subject, to, e.toString()});
            throw new IllegalStateException("Sending \"" + subject + "\" failed: " + e.getMessage(), e);
        }
    }
}
