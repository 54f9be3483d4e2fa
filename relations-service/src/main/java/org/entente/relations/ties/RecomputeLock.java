package org.entente.relations.ties;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock that keeps the consumer (shared) and an admin recompute (exclusive) from
 * writing ties at the same time. Transaction-scoped: released at commit or rollback.
 */
public final class RecomputeLock {

    private static final long KEY = 0x656e74656e7465L; // "entente"

    private RecomputeLock() {
    }

    static void shared(EntityManager em) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(" + KEY + ")").getSingleResult();
    }

    static void exclusive(EntityManager em) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
    }
}
