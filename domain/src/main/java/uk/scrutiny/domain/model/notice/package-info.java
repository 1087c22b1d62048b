/**
 * Chasing officers' responses: the reminders sent before a request's due date and the escalation to democratic
 * services once it is overdue ({@link uk.scrutiny.domain.model.notice.ChaseNotice}), the rules that say on which
 * working day each is sent ({@link uk.scrutiny.domain.model.notice.ChasingRules}), and the e-mail of each notice,
 * sent after the notice is recorded and retried until it goes.
 *
 * <p>Notices are kept apart from the item aggregate: the system records them on its own, from a timer, while people
 * may be acting on the item; writing to the item would collide with them (its version). The item's timeline as
 * people read it merges the two.
 */
package uk.scrutiny.domain.model.notice;
