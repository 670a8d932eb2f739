package com.escalationdesk.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At start, has the tickets without facts given theirs in the background: a desk upgraded from
 * before the facts, or tickets loaded around the services (the benchmark's generator). A desk with a
 * million tickets so starts at once; until the catch-up is done the dashboard counts the tickets that
 * have facts. (Not through the EJB timer service: a programmatic timer needs its database, and a
 * server whose database folder was cleared then failed to deploy the application.)
 */
@Singleton
@Startup
@DependsOn("DemoData")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricFactsCatchUp {

    @Inject
    private MetricFacts facts;

    @PostConstruct
    void startCatchUp() {
        facts.catchUp();
    }
}
