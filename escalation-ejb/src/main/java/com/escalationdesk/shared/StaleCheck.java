package com.escalationdesk.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes inside the business method so that a concurrent change surfaces as a message the user can
 * act on ("reload") rather than as a rolled-back transaction at commit.
 */
public final class StaleCheck {

    private StaleCheck() {
    }

    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RuleViolation("Someone else changed " + what + " just now; reload it and try again.");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new RuleViolation("Someone else changed " + what + " just now; reload it and try again.");
            }
            throw e;
        }
    }
}
