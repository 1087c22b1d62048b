package uk.scrutiny.it.domain;

/** What a failure from the container was caused by, wrapped however deep by JTA and EclipseLink. */
final class Failures {

    private Failures() {
    }

    /** Whether an optimistic lock failure (JPA's or EclipseLink's own) is anywhere in the chain of causes. */
    static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
