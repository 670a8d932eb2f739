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
 * Rolls up the facts changed since the last round every half minute, so that the rollups keep up
 * without a dashboard being drawn (a dashboard rolls up what is pending itself before it is drawn); a
 * round still running (a desk catching up on a million facts) is not started twice. Every five
 * seconds, the rounds' transactions met the tests' rebuilds of the schema on PostgreSQL often enough
 * to make one test class six times slower (deadlocks, each retried).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricRollupSchedule {

    private static final Logger LOG = Logger.getLogger(MetricRollupSchedule.class.getName());

    private final AtomicBoolean rolling = new AtomicBoolean();

    @Inject
    private MetricRollups rollups;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "metric rollups")
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
