/**
 * The scrutiny item lifecycle as application services: one method per business action, each changing the
 * {@link uk.scrutiny.domain.model.item.ScrutinyItem} aggregate and the {@code scrutinyItem} Flowable process in one
 * JTA transaction. The process decides whose turn it is (which action is allowed now, and for whom); the item holds
 * the business data, the stage and the timeline.
 */
package uk.scrutiny.workflow.lifecycle;
