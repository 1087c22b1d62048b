/**
 * What follows the committee's recommendations, as application services: recording the recommendations (of a
 * meeting, or of a deep dive's final report), the executive's response to each, due two months after and chased by
 * a reminder and an escalation, the monitoring of each accepted recommendation to completion, and the deep dive
 * itself. Each action changes the domain ({@link uk.scrutiny.domain.model.recommendation.Recommendation},
 * {@link uk.scrutiny.domain.model.deepdive.DeepDive}, the item's stage and timeline) and the
 * {@code itemRecommendations} Flowable process in one JTA transaction, as the item lifecycle does.
 */
package uk.scrutiny.workflow.recommendations;
