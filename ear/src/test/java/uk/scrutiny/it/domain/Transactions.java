package uk.scrutiny.it.domain;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/**
 * Runs test steps each in a transaction of its own. The persistence context lives as long as the transaction, so
 * what one step stored, the next reads from the database, not from memory; an entity returned from a step is
 * detached, like one a user kept in a form while someone else changed the same record.
 */
final class Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final UserTransaction transaction;

    Transactions(UserTransaction transaction) {
        this.transaction = transaction;
    }

    <T> T inNew(Work<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.run();
            transaction.commit();
            return result;
        } finally {
            int status = transaction.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        }
    }
}
