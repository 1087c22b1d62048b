package uk.scrutiny.workflow.engine;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command that lost a database deadlock or lock wait to another command, or the engine's optimistic lock, is run
 * once more in a new transaction ({@link LockContentionRetry}). Only for commands whose every try starts from what
 * is stored (a CDI {@code @Transactional} method called with no transaction active): a retry inside a caller's
 * transaction would repeat half of it.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnLockContention {
}
