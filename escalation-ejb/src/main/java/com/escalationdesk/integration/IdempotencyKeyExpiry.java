package com.escalationdesk.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every hour, forgets the Idempotency-Keys sent more than {@link IdempotentRequest#KEPT} ago, so that
 * the table holds a day's keys and not every create ever made.
 */
@Singleton
@PermitAll
public class IdempotencyKeyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyExpiry.class.getName());

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "idempotency keys")
    void hourly() {
        int forgotten = forget();
        if (forgotten > 0) {
            LOG.info(() -> "Idempotency keys: forgot " + forgotten + " sent more than a day ago");
        }
    }

    /** Forgets the keys older than they are kept; how many. */
    public int forget() {
        return em.createNamedQuery(IdempotentRequest.FORGET)
                .setParameter("before", IdempotentRequest.forgottenBefore(clock.instant())).executeUpdate();
    }
}
