package uk.scrutiny.workflow.lifecycle;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An action on one request of an item that lost the item's optimistic lock to someone else's action on the same item
 * is run again, in a new transaction, from what that action left ({@link ConcurrentChangeRetry}). Only for actions
 * whose every check is made again from the stored state on each try, so that a second try of an action that truly
 * conflicts with the winner (the same request answered or reviewed twice, the item withdrawn) is refused by those
 * checks as a conflict, and one that does not (another officer's request) simply goes through.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedAfterConcurrentChange {
}
