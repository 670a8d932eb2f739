package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.sla.BusinessHours;
import com.escalationdesk.sla.SlaPolicy;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Keeps the metric facts: each audit entry of a ticket's chain is applied to the ticket's fact in the
 * transaction that writes it, and the whole table can be rebuilt by replaying the audit trail. Both
 * run {@link TicketFact#apply}, which is what keeps the dashboard's figures equal to the history.
 *
 * <p>A fact row is read for update, and a replay reads the fact before the chain: an entry committed
 * between the two reads is in the chain it replays, so a replay never writes a fact back behind an
 * entry already counted (MetricsIT races replays against replies to check it; reading the chain first
 * set facts back).
 */
@Stateless
@PermitAll
public class MetricFacts {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MetricFacts.class.getName());

    /** Tickets replayed per transaction by a rebuild: few, so that a live change waits for a batch only briefly. */
    static final int REBUILD_BATCH = 50;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Applies a just-written audit entry to its ticket's fact; entries of other chains are no ticket's. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void keep(AuditEntry entry) {
        String number = ticketNumber(entry.getChainKey());
        if (number == null) {
            return;
        }
        factForUpdate(number, entry.getAction() == AuditAction.TICKET_CREATED)
                .apply(entry, entry.getAction() == AuditAction.TICKET_RESOLVED ? hoursOf(number) : null);
    }

    private TicketFact factForUpdate(String number) {
        return factForUpdate(number, false);
    }

    /** {@code created}: the ticket is new, so it has no facts yet (a second row would be refused by the key). */
    private TicketFact factForUpdate(String number, boolean created) {
        String key = "metric-fact:" + number;
        TicketFact fact = (TicketFact) transaction.getResource(key);
        // locked once per transaction; found again if someone cleared the persistence context meanwhile
        if (fact == null || !em.contains(fact)) {
            fact = created ? null : em.find(TicketFact.class, number, LockModeType.PESSIMISTIC_WRITE);
            if (fact == null) {
                fact = new TicketFact(number);
                em.persist(fact);
            }
            fact.markChanged(clock.instant());
            transaction.putResource(key, fact);
        }
        return fact;
    }

    /**
     * Replays the audit trail of every ticket into its fact, a batch of tickets per transaction, and
     * returns how many facts changed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FactsRebuild rebuild() {
        return replayAll(false);
    }

    /** {@link #rebuildMissing} on a container thread of its own: the caller does not wait for it. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void catchUp() {
        long started = System.nanoTime();
        FactsRebuild result = rebuildMissing();
        if (result.replayed() > 0) {
            LOG.info(() -> "Metric facts made for " + result.replayed() + " tickets that had none, from their audit trail, in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    /** Replays the audit trail of the tickets that have no fact yet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FactsRebuild rebuildMissing() {
        return replayAll(true);
    }

    private FactsRebuild replayAll(boolean onlyMissing) {
        MetricFacts self = context.getBusinessObject(MetricFacts.class);
        long after = -1;
        int replayed = 0;
        int changed = 0;
        while (true) {
            List<Object[]> batch = self.nextTickets(after, onlyMissing);
            if (batch.isEmpty()) {
                return new FactsRebuild(replayed, changed);
            }
            changed += self.replay(batch.stream().map(row -> (String) row[1]).toList());
            replayed += batch.size();
            after = ((Number) batch.get(batch.size() - 1)[0]).longValue();
        }
    }

    /** Puts a rebuild on the audit trail: who ran it, and what it found. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRebuild(String by, FactsRebuild result) {
        audit.record(AuditEntry.CONFIGURATION_CHAIN, by, AuditAction.METRIC_FACTS_REBUILT, "Metric facts rebuilt from the"
                + " audit trail: " + result.replayed() + " tickets replayed, " + result.changed()
                + " of their facts differed from the kept ones", null,
                Map.of("replayed", result.replayed(), "changed", result.changed()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Object[]> nextTickets(long afterId, boolean onlyMissing) {
        return em.createQuery("select t.id, t.number from Ticket t where t.id > :after"
                + (onlyMissing ? " and not exists (select f from TicketFact f where f.ticketNumber = t.number)" : "")
                + " order by t.id", Object[].class).setParameter("after", afterId).setMaxResults(REBUILD_BATCH).getResultList();
    }

    /** Replays the chains of these tickets into their facts; returns how many facts it changed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int replay(List<String> numbers) {
        int changed = 0;
        for (String number : numbers) {
            TicketFact kept = factForUpdate(number);
            TicketFact replayed = new TicketFact(number);
            BusinessHours hours = hoursOf(number);
            em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class).setParameter("chainKey", AuditEntry.ticketChain(number))
                    .getResultStream().forEach(entry -> replayed.apply(entry, hours));
            Map<String, Object> before = kept.figures();
            kept.takeOver(replayed);
            if (!before.equals(kept.figures())) {
                changed++;
            }
        }
        return changed;
    }

    private BusinessHours hoursOf(String number) {
        Ticket ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number)
                .getResultStream().findFirst().orElse(null);
        if (ticket == null) {
            return null;
        }
        return SlaPolicy.forTicket(em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultList(),
                ticket.getCustomer().getSegment(), ticket.getPriority()).map(p -> p.getCalendar().hours()).orElse(null);
    }

    private static String ticketNumber(String chainKey) {
        String prefix = AuditEntry.ticketChain("");
        return chainKey.startsWith(prefix) ? chainKey.substring(prefix.length()) : null;
    }
}
