/**
 * Chasing the officer's response to a request: reminders before the due date and escalation to democratic
 * services once it is overdue, each recorded as a notice (never on the item) and sent by e-mail afterwards.
 *
 * <p>The timers are non-interrupting boundary events on the officer's task ({@code officerResponse} in
 * {@code scrutiny-item.bpmn20.xml}); {@link uk.scrutiny.workflow.chasing.OfficerChasing} computes their dates from the
 * request's due date with the domain's {@link uk.scrutiny.domain.model.notice.ChasingRules}, records each notice,
 * and moves the timers when the due date changes or the request changes hands.
 * {@link uk.scrutiny.workflow.chasing.ChaseEmailSender} sends the notices' e-mails through the server's mail session
 * ({@link uk.scrutiny.workflow.chasing.ChaseMail}), retrying with back-off.
 */
package uk.scrutiny.workflow.chasing;
