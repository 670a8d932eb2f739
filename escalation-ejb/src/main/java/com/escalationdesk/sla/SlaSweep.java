package com.escalationdesk.sla;

import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, finds the clocks whose next step has come (an indexed range read on next_step_at,
 * so the cost follows the clocks due, not the clocks open) and fires each in its own transaction.
 * Anything due since the last run, downtime included, is due now, so the sweep catches up by
 * itself. Overlapping sweeps, here or on another server, cannot fire a step twice: see {@link SlaSteps}.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweep {

    private static final Logger LOG = Logger.getLogger(SlaSweep.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private SlaSteps steps;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "service-level sweep")
    void everyMinute() {
        SweepResult result = sweep();
        if (result.due() > 0) {
            LOG.info(() -> "Service-level sweep: " + result);
        }
    }

    public SweepResult sweep() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant afterAt = Instant.EPOCH;
        long afterId = Long.MIN_VALUE;
        int due = 0;
        int fired = 0;
        int skipped = 0;
        int failed = 0;
        while (true) {
            List<Object[]> batch = em.createNamedQuery(SlaClock.DUE_FOR_STEP, Object[].class).setParameter("now", now)
                    .setParameter("afterAt", afterAt).setParameter("afterId", afterId).setMaxResults(BATCH)
                    .getResultList();
            for (Object[] row : batch) {
                long id = ((Number) row[0]).longValue();
                due++;
                try {
                    int n = steps.fire(id, now);
                    fired += n;
                    skipped += n == 0 ? 1 : 0;
                } catch (RuntimeException e) {
                    // Another sweep changed the clock or ticket first (this one rolled back), or the step
                    // could not run; either way the clock keeps its mark and the next sweep looks again.
                    failed++;
                    LOG.log(StaleCheck.raced(e) ? Level.FINE : Level.WARNING, "Service-level clock " + id
                            + " not handled in this sweep", e);
                }
                afterAt = (Instant) row[1];
                afterId = id;
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        return new SweepResult(due, fired, skipped, failed, (System.nanoTime() - started) / 1_000_000);
    }
}
