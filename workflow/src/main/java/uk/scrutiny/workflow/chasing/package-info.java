/**
 * Chasing the officer's response to a request: reminders before the due date and escalation to democratic
 * services once it is overdue, each recorded on the item's timeline and sent by e-mail.
 *
 * <p>The timers are non-interrupting boundary events on the officer's task ({@code officerResponse} in
 * {@code scrutiny-item.bpmn20.xml}); {@link uk.scrutiny.workflow.chasing.OfficerChasing} computes their dates from the
 * request's due date and the council's working days, records each notice, and moves the timers when the due date
 * changes. {@link uk.scrutiny.workflow.chasing.ChaseMail} sends the e-mails through the server's mail session.
 */
package uk.scrutiny.workflow.chasing;
