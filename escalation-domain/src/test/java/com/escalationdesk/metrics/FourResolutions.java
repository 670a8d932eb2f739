package com.escalationdesk.metrics;

import static com.escalationdesk.metrics.Chain.ticket;

import com.escalationdesk.audit.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Four resolutions and an open ticket, each taken in at Frontline (Tier 1), whose figures the metric
 * tests work out by hand: A resolved at first contact; B escalated to Billing (Tier 2) for knowledge
 * and resolved there; C escalated to Platform (Tier 3) for complexity, returned after 20 minutes and
 * resolved at Frontline; D a decision asked for (hierarchical) and resolved at Frontline; E open.
 */
final class FourResolutions {

    static final Map<String, Integer> TIER_OF_TEAM = Map.of("Frontline", 1, "Billing", 2, "Platform", 3);

    static final TicketFact A = created("A")
            .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 30)
            .replayed(null);
    static final TicketFact B = created("B")
            .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), escalatedTo("Billing", 2, "KNOWLEDGE"), 10)
            .write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 2), ticket("RESOLVED", "Billing", 2), 60)
            .replayed(null);
    static final TicketFact C = created("C")
            .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), escalatedTo("Platform", 3, "COMPLEXITY"), 10)
            .write("erik", AuditAction.ESCALATION_RETURNED, ticket("ESCALATED", "Platform", 3), ticket("OPEN", "Frontline", 1), 30)
            .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 60)
            .replayed(null);
    static final TicketFact D = created("D")
            .write("alice", AuditAction.DECISION_REQUESTED, ticket("NEW", "Frontline", 1), ticket("OPEN", "Frontline", 1), 5)
            .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 60)
            .replayed(null);
    static final TicketFact E = created("E").replayed(null);
    static final List<TicketFact> ALL = List.of(A, B, C, D, E);

    private FourResolutions() {
    }

    static Chain created(String number) {
        return new Chain(number, Instant.parse("2026-11-23T09:00:00Z"))
                .write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
    }

    private static Map<String, Object> escalatedTo(String team, int tier, String reason) {
        Map<String, Object> state = ticket("ESCALATED", team, tier);
        state.put("escalation.reason", reason);
        return state;
    }
}
