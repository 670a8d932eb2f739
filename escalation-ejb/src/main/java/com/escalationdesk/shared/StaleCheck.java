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

    /** Whether a failure came of a concurrent change to what the call changed (found at a flush or at commit). */
    public static boolean raced(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
