package uk.scrutiny.workflow.chasing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one e-mail through the server's mail session {@value #SESSION} (Liberty's {@code mail-2.1}; host, port and
 * sender are server variables). Failures are the caller's to record and retry: see {@link ChaseEmailSender}.
 */
@ApplicationScoped
public class ChaseMail {

    static final String SESSION = "mail/scrutiny";

    @Resource(lookup = SESSION)
    Session session;

    /** An e-mail to send: {@code to} holds addresses, comma-separated. */
    public record Email(String to, String subject, String body) {
    }

    public void send(Email email) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.to()));
        message.setSubject(email.subject(), "UTF-8");
        message.setText(email.body(), "UTF-8");
        Transport.send(message);
    }
}
