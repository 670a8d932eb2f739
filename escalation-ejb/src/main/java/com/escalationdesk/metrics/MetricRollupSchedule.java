package com.escalationdesk.metrics;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Rolls up the facts changed since the last round every few seconds, so that the rollups keep up
 * without a dashboard being drawn; a round still running (a desk catching up on a million facts) is
 * not started twice.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricRollupSchedule {

    private static final Logger LOG = Logger.getLogger(MetricRollupSchedule.class.getName());

    private final AtomicBoolean rolling = new AtomicBoolean();

    @Inject
    private MetricRollups rollups;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "metric rollups")
    void roll() {
        if (!rolling.compareAndSet(false, true)) {
            return;
        }
        try {
            long started = System.nanoTime();
            int rolled = rollups.rollPending(0);
            if (rolled >= MetricRollups.BATCH) {
                LOG.info(() -> "Metric rollups caught up: " + rolled + " facts rolled up in " + (System.nanoTime() - started) / 1_000_000
                        + " ms");
            }
        } finally {
            rolling.set(false);
        }
    }
}
