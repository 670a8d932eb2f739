package com.escalationdesk.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After start, gives facts to the tickets that have none: a desk upgraded from before the facts, or
 * tickets loaded around the services (the benchmark's generator). It runs in the background, so that
 * a desk with a million tickets starts at once; until it is done the dashboard counts the tickets
 * that have facts. Facts of tickets that have one are kept as their audit entries are written.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricFactsCatchUp {

    private static final Logger LOG = Logger.getLogger(MetricFactsCatchUp.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MetricFacts facts;

    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(1_000, new TimerConfig("metric facts catch-up", false));
    }

    @Timeout
    void catchUp() {
        long started = System.nanoTime();
        FactsRebuild result = facts.rebuildMissing();
        if (result.replayed() > 0) {
            LOG.info(() -> "Metric facts made for " + result.replayed() + " tickets that had none, from their audit trail, in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }
}
