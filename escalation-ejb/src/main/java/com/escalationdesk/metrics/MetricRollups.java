package com.escalationdesk.metrics;

import com.escalationdesk.sla.SlaKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the daily rollups: the facts changed since they were last rolled up (marked in the
 * transaction that changed them, so that none is lost to a crash) are rolled up in batches, each fact
 * taking its last contribution back out of its rollup and adding its new one. The rollups are read
 * after the commit, so a resolution's contribution sees the clocks its resolution stopped. One roller at
 * a time, across servers: each batch first locks the one row of {@code rollup_lock}.
 */
@Stateless
@PermitAll
public class MetricRollups {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MetricRollups.class.getName());

    /** Facts rolled up per transaction. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Rolls up the pending facts, at most {@code batches} batches of them (0: all), and returns how many
     * it rolled up: a dashboard rolls up what was committed before it is drawn, a background timer the rest.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rollPending(int batches) {
        MetricRollups self = context.getBusinessObject(MetricRollups.class);
        int rolled = 0;
        for (int b = 0; batches == 0 || b < batches; b++) {
            if (!self.anyPending()) {
                break;
            }
            int n = self.rollBatch();
            rolled += n;
            if (n < BATCH) {
                break;
            }
        }
        return rolled;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean anyPending() {
        // in the order of the index on (pending, number): PostgreSQL then reads the index whatever its statistics say (after a
        // catch-up they still count every fact pending, and a scan of the table took 600 ms to find none)
        return !em.createQuery("select f.ticketNumber from TicketFact f where f.rollupPending = true"
                + " order by f.rollupPending, f.ticketNumber", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** How many facts wait to be rolled up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long pending() {
        return em.createQuery("select count(f) from TicketFact f where f.rollupPending = true", Long.class).getSingleResult();
    }

    /** Rolls up one batch of pending facts, in the order of their numbers; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rollBatch() {
        em.createNativeQuery("SELECT id FROM rollup_lock WHERE id = 1 FOR UPDATE").getResultList();
        List<String> numbers = em.createQuery("select f.ticketNumber from TicketFact f where f.rollupPending = true"
                + " order by f.rollupPending, f.ticketNumber", String.class).setMaxResults(BATCH).getResultList();
        if (numbers.isEmpty()) {
            return 0;
        }
        Map<String, List<ServiceLevelCompliance.EndedClock>> clocks = endedClocks(numbers);
        Set<String> avoided = avoidedThroughKnowledge(numbers);
        // locked in one statement, in the order of their numbers, as pending as they are once locked
        List<TicketFact> facts = em.createQuery("select f from TicketFact f where f.ticketNumber in :numbers"
                + " order by f.ticketNumber", TicketFact.class).setParameter("numbers", numbers)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<RollupContribution[]> changes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        for (TicketFact fact : facts) {
            if (!fact.isRollupPending()) {
                continue;
            }
            String number = fact.getTicketNumber();
            RollupContribution was = fact.rolledUp();
            RollupContribution now = RollupContribution.of(fact, clocks.getOrDefault(number, List.of()), avoided.contains(number));
            // also when the contribution stays the same: what else of the resolution a server keeps (who resolved it) may not
            for (RollupContribution c : new RollupContribution[] {was, now}) {
                if (c != null) {
                    days.add(c.day());
                }
            }
            if (!Objects.equals(was, now)) {
                changes.add(new RollupContribution[] {was, now});
                for (RollupContribution c : new RollupContribution[] {was, now}) {
                    if (c != null) {
                        keys.add(DailyRollup.keyOf(c));
                    }
                }
            }
            fact.rolledUp(now);
        }
        // the rollups the batch changes, read in one statement rather than one by one
        Map<String, DailyRollup> rollups = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select r from DailyRollup r where r.key in :keys", DailyRollup.class).setParameter("keys", List.copyOf(keys))
                    .getResultStream().forEach(r -> rollups.put(r.getKey(), r));
        }
        for (RollupContribution[] change : changes) {
            DailyRollup was = change[0] == null ? null : rollups.get(DailyRollup.keyOf(change[0]));
            if (change[0] != null) {
                try {
                    if (was == null) {
                        throw new IllegalStateException("no rollup " + DailyRollup.keyOf(change[0]));
                    }
                    was.add(change[0], -1);
                } catch (IllegalStateException e) {
                    // damaged rollups (a rebuild repairs them) must not stop the others from being kept
                    LOG.warning(() -> "A fact's last contribution was not in its rollup (" + e.getMessage()
                            + "); an admin's rebuild of the figures puts the rollups right");
                }
            }
            if (change[1] != null) {
                rollup(change[1], rollups).add(change[1], 1);
            }
        }
        rollups.values().stream().filter(DailyRollup::isEmpty).forEach(em::remove);
        newVersions(days);
        return numbers.size();
    }

    /** Gives these days' rollups new versions, so that every server reads them again. */
    private void newVersions(Set<LocalDate> days) {
        for (LocalDate day : days) {
            RollupDay version = em.find(RollupDay.class, day);
            if (version == null) {
                em.persist(new RollupDay(day, RecentDays.newVersion()));
            } else {
                version.setVersion(RecentDays.newVersion());
            }
        }
    }

    /** The rollup of the contribution's key: read with the batch's, or new. */
    private DailyRollup rollup(RollupContribution c, Map<String, DailyRollup> found) {
        return found.computeIfAbsent(DailyRollup.keyOf(c), key -> {
            DailyRollup rollup = new DailyRollup(c);
            em.persist(rollup);
            return rollup;
        });
    }

    /**
     * Rolls every fact up again from nothing: after the facts were rebuilt from the audit trail, or
     * when the rollups were damaged. Until it is done, a dashboard counts what has been rolled up again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rebuild() {
        context.getBusinessObject(MetricRollups.class).clear();
        return rollPending(0);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear() {
        em.createNativeQuery("SELECT id FROM rollup_lock WHERE id = 1 FOR UPDATE").getResultList();
        em.createQuery("delete from DailyRollup r").executeUpdate();
        // no day's version may come back: a server holding the day as it was would take it for the rebuilt one
        em.createQuery("update RollupDay d set d.version = d.version + 1").executeUpdate();
        em.createQuery("update TicketFact f set f.rolledUp = null, f.rollupPending = true where f.resolvedMicros is not null")
                .executeUpdate();
        em.createQuery("update TicketFact f set f.rolledUp = null where f.resolvedMicros is null").executeUpdate();
    }

    /** The stopped clocks of these tickets, by ticket number. */
    private Map<String, List<ServiceLevelCompliance.EndedClock>> endedClocks(List<String> numbers) {
        Map<String, List<ServiceLevelCompliance.EndedClock>> clocks = new HashMap<>();
        em.createQuery("select c.ticket.number, c.kind, c.stoppedAt, c.dueAt, c.replaced from SlaClock c"
                + " where c.stoppedAt is not null and c.ticket.number in :numbers", Object[].class)
                .setParameter("numbers", numbers).getResultStream()
                .forEach(row -> clocks.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add(ServiceLevelCompliance.EndedClock
                        .of((SlaKind) row[1], (Instant) row[2], (Instant) row[3], (Boolean) row[4])));
        return clocks;
    }

    private Set<String> avoidedThroughKnowledge(List<String> numbers) {
        return new HashSet<>(em.createQuery("select distinct l.ticket.number from ArticleLink l"
                + " where l.escalationAvoided = true and l.ticket.number in :numbers", String.class)
                .setParameter("numbers", numbers).getResultList());
    }
}
