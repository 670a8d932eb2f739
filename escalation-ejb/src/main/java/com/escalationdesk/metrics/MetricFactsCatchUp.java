package com.escalationdesk.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * At start, gives facts to the tickets that have none: a desk upgraded from before the facts, or
 * tickets loaded around the services (the benchmark's generator). Facts of tickets that have one
 * are kept as their audit entries are written.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricFactsCatchUp {

    private static final Logger LOG = Logger.getLogger(MetricFactsCatchUp.class.getName());

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private MetricFacts facts;

    @PostConstruct
    void catchUp() {
        long missing = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM ticket t WHERE NOT EXISTS"
                + " (SELECT 1 FROM ticket_fact f WHERE f.ticket_number = t.ticket_number)").getSingleResult()).longValue();
        if (missing == 0) {
            return;
        }
        long started = System.nanoTime();
        FactsRebuild result = facts.rebuildMissing();
        LOG.info(() -> "Metric facts made for " + result.replayed() + " tickets that had none, from their audit trail, in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
