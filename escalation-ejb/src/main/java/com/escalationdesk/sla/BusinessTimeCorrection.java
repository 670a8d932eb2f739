package com.escalationdesk.sla;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Once, at the first start after the business-time fix (V19): recomputes every open service-level
 * clock from its ledger under the corrected arithmetic (24:00 as midnight, daylight-saving gaps and
 * repeated hours as the clock shows them) and records on the configuration audit chain how many
 * clocks' due times moved. The row in {@code pending_correction} is taken under a lock and deleted in
 * the same transaction, so with two servers starting at once the correction runs once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BusinessTimeCorrection {

    static final String NAME = "business-time-2026-12";

    private static final Logger LOG = Logger.getLogger(BusinessTimeCorrection.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SlaClocks clocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @PostConstruct
    void atStart() {
        correctWhenPending();
    }

    /** Recomputes the open clocks if the correction is still pending; the number of clocks whose due time moved, or -1. */
    public int correctWhenPending() {
        List<?> pending = em.createNativeQuery("SELECT name FROM pending_correction WHERE name = ? FOR UPDATE")
                .setParameter(1, NAME).getResultList();
        if (pending.isEmpty()) {
            return -1;
        }
        Instant now = clock.instant();
        List<SlaClock> open = em.createNamedQuery(SlaClock.ALL_OPEN, SlaClock.class).getResultList();
        int moved = 0;
        for (SlaClock c : open) {
            Instant before = c.getDueAt();
            c.recompute(c.climbed(), now);
            if (!Objects.equals(before, c.getDueAt())) {
                moved++;
            }
        }
        open.stream().map(SlaClock::getTicket).distinct().forEach((Ticket t) -> clocks.show(t, now));
        em.createNativeQuery("DELETE FROM pending_correction WHERE name = ?").setParameter(1, NAME).executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("openClocks", open.size());
        after.put("dueTimesMoved", moved);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, Agent.SYSTEM_LOGIN, AuditAction.BUSINESS_TIME_CORRECTED,
                "Business time now counts 24:00 as midnight and daylight-saving changes as the clock shows them; "
                        + moved + " of " + open.size() + (open.size() == 1 ? " open clock" : " open clocks")
                        + " recomputed from their ledgers got a new due time", null, after);
        int movedClocks = moved;
        LOG.info(() -> "Business time corrected: " + movedClocks + " of " + open.size() + " open clocks got a new due time");
        return moved;
    }
}
