package uk.scrutiny.web.api;

import java.util.function.Supplier;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ConcurrentChange;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Runs one recommendation or deep dive action for a resource. If someone else changed the item at the same moment
 * (the item's version check, or Flowable's on the task, failed and everything was rolled back), the answer is a
 * 409 like any other refused action, naming the stage the item is at now and what is allowed from there.
 */
final class FollowUpActions {

    private FollowUpActions() {
    }

    static <T> T act(RecommendationLifecycle lifecycle, long itemId, Actor actor, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (!ConcurrentChange.detected(e)) {
                throw e;
            }
            RecommendationLifecycle.Status now = lifecycle.status(itemId, actor);
            throw LifecycleProblems.lostTheRace(itemId, now.item().stage(), now.allowedActions());
        }
    }

    static long id(String name, String value) {
        Long id = Parameters.optionalId(name, value);
        if (id == null) {
            throw new BadParameter(name, name + " is required.");
        }
        return id;
    }
}
