package com.escalationdesk.audit;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.integration.WebhookOutbox;
import com.escalationdesk.metrics.MetricFacts;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Appends to the hash-chained audit trail inside the caller's transaction, so that an entry exists
 * exactly when the change it records was committed. Callers are the boundaries, which have already
 * authorized the operation. An entry of a ticket's chain updates the ticket's metric facts in the
 * same transaction.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MetricFacts facts;

    @Inject
    private WebhookOutbox webhooks;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry record(String chainKey, String actor, AuditAction action, String summary,
            Map<String, ?> before, Map<String, ?> after) {
        AuditEntry entry = recordAt(chainKey, actor, action, summary, before, after, clock.instant());
        // live steps only: history loaded with its own times tells no other system anything
        webhooks.follow(entry);
        return entry;
    }

    /** Records with an explicit time: for loading history (demo data, imports), not for live operations. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEntry recordAt(String chainKey, String actor, AuditAction action, String summary,
            Map<String, ?> before, Map<String, ?> after, Instant at) {
        // a new ticket's chain starts with it (were there a head, its first entry would be refused as a second)
        AuditEntry head = action == AuditAction.TICKET_CREATED ? null : em.createNamedQuery(AuditEntry.CHAIN_HEAD, AuditEntry.class)
                .setParameter("chainKey", chainKey)
                .getResultStream().findFirst().orElse(null);
        AuditEntry entry = AuditEntry.append(head, chainKey, actor, action, summary,
                CanonicalJson.of(before), CanonicalJson.of(after), at);
        em.persist(entry);
        facts.keep(entry);
        return entry;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TimelineEntry> timeline(String chainKey) {
        // the people a chain names are few (its agents): each login is looked up once
        Map<String, String> names = new HashMap<>();
        UnaryOperator<String> personName = login -> names.computeIfAbsent(login, l -> em.createNamedQuery(Agent.BY_LOGIN, Agent.class)
                .setParameter("loginName", l).getResultStream().findFirst().map(Agent::getDisplayName).orElse(l));
        return em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class)
                .setParameter("chainKey", chainKey)
                .getResultStream().map(e -> TimelineEntry.of(e, personName)).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countEntries(String chainKey) {
        return em.createNamedQuery(AuditEntry.COUNT_CHAIN, Long.class).setParameter("chainKey", chainKey).getSingleResult();
    }
}
