/**
 * Chasing officers' responses over HTTP, against the test server: the reminders, the escalation to democratic
 * services, timers moved by an extension and a hand-over, and the e-mails, received by a real SMTP server
 * (GreenMail) that the server's mail session points at ({@code it.smtp.port} in ear/pom.xml), including a send that
 * fails and is retried.
 *
 * <p>Each test makes its request due on the day it needs by scheduling a meeting whose officer response deadline is
 * that day. A request cannot be overdue through the API (it is due today at the earliest), so the escalation test
 * backdates one in the database ({@link uk.scrutiny.it.chasing.ChasingFixtureServlet}).
 */
package uk.scrutiny.it.chasing;
