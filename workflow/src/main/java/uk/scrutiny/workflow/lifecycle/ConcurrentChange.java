package uk.scrutiny.workflow.lifecycle;

import jakarta.persistence.OptimisticLockException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;

/** Recognises a command that lost the race to someone else's change of the same item. */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    /**
     * Whether the failure, however deeply wrapped by the container, is the item's optimistic lock or the engine's:
     * the command changed nothing and the user should see the item as it is now, not an error.
     */
    public static boolean detected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof FlowableOptimisticLockingException) {
                return true;
            }
        }
        return false;
    }
}
