package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** How a repository stores an aggregate, the same way for each. */
final class Aggregates {

    private Aggregates() {
    }

    /**
     * A new aggregate is inserted and flushed, so the caller can use its id (and its parts' ids) at once.
     *
     * <p>A stored one is merged and its version forced up, even if only a part changed. Why: the version guards the
     * whole aggregate, but JPA bumps it only when the root's own row changes, and most actions change a part (a
     * hand-over, a question, a RAG update). Without the forced increment, two people acting on the same item at
     * once would both succeed, each unaware of the other's change; with it, the second fails with an optimistic
     * lock exception. The flush makes that failure, and new parts' ids, show here rather than at commit.
     */
    static <T> T store(EntityManager em, T aggregate, Long id) {
        if (id == null) {
            em.persist(aggregate);
            em.flush();
            return aggregate;
        }
        T managed = em.contains(aggregate) ? aggregate : em.merge(aggregate);
        em.lock(managed, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return managed;
    }
}
