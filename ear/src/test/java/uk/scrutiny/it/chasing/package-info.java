/**
 * Chasing officers' responses over HTTP, against the test server: reminders, escalation to democratic services,
 * timers moved by an extension, and the e-mails, received by a real SMTP server (GreenMail) that the server's mail
 * session points at ({@code it.smtp.port} in ear/pom.xml).
 *
 * <p>All demo meetings are past, so every request is issued due today; the test server lets responses fall overdue
 * at midnight of the due date ({@code scrutiny.chasing.*} in ear/pom.xml), so a new request escalates at once. A due
 * date in the future comes from an extension.
 */
package uk.scrutiny.it.chasing;
