package com.escalationdesk.metrics;

import static com.escalationdesk.metrics.Chain.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.approval.Money;
import com.escalationdesk.audit.AuditAction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cost of four resolutions, priced by hand at 22, 69 and 104 euros per ticket at tiers 1, 2 and 3. */
class EscalationCostTest {

    private static final Map<String, Integer> TIER_OF_TEAM = Map.of("Frontline", 1, "Billing", 2, "Platform", 3);
    private static final Map<Integer, Money> COST = Map.of(1, Money.of("22", "EUR"), 2, Money.of("69", "EUR"),
            3, Money.of("104", "EUR"));

    private static Chain created(String number) {
        return new Chain(number, Instant.parse("2026-11-23T09:00:00Z"))
                .write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
    }

    private static Map<String, Object> escalatedTo(String team, int tier, String reason) {
        Map<String, Object> state = ticket("ESCALATED", team, tier);
        state.put("escalation.reason", reason);
        return state;
    }

    @Test
    void eachTicketCostsItsTiersAndAnEscalationDivertsTheSeniorOnes() {
        TicketFact firstContact = created("A")
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 30)
                .replayed(null);
        TicketFact toBilling = created("B")
                .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), escalatedTo("Billing", 2, "KNOWLEDGE"), 10)
                .write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 2), ticket("RESOLVED", "Billing", 2), 60)
                .replayed(null);
        // Platform had it for 20 minutes and sent it back: its time was spent all the same
        TicketFact bounced = created("C")
                .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), escalatedTo("Platform", 3, "COMPLEXITY"), 10)
                .write("erik", AuditAction.ESCALATION_RETURNED, ticket("ESCALATED", "Platform", 3), ticket("OPEN", "Frontline", 1), 30)
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 60)
                .replayed(null);
        TicketFact approvedOnly = created("D")
                .write("alice", AuditAction.DECISION_REQUESTED, ticket("NEW", "Frontline", 1), ticket("OPEN", "Frontline", 1), 5)
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 60)
                .replayed(null);
        TicketFact open = created("E").replayed(null);

        // A's resolution used an article from an escalated case; B's article would not count, as B was escalated
        EscalationCost cost = EscalationCost.of(List.of(firstContact, toBilling, bounced, approvedOnly, open), TIER_OF_TEAM, COST,
                Set.of("A", "B"));

        // 22 + (22 + 69) + (22 + 104) + 22
        assertThat(cost.handled()).isEqualByComparingTo("261.00");
        assertThat(cost.diverted()).isEqualByComparingTo("173.00");
        assertThat(cost.escalated()).isEqualTo(2);
        assertThat(cost.divertedByReason()).isEqualTo(Map.of("Knowledge", new BigDecimal("69.00"), "Complexity",
                new BigDecimal("104.00")));
        assertThat(cost.divertedByTeam()).isEqualTo(Map.of("Frontline", new BigDecimal("173.00")));
        assertThat(cost.currency()).isEqualTo("EUR");
        assertThat(cost.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50 EUR");
        // A was resolved at Tier 1: the escalation it avoided would have diverted a Tier 2 ticket's cost
        assertThat(cost.avoidedByKnowledge()).isEqualTo(1);
        assertThat(cost.savedByKnowledge()).isEqualByComparingTo("69.00");
    }

    @Test
    void withoutCostsNothingIsPriced() {
        TicketFact firstContact = created("A")
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 30)
                .replayed(null);

        EscalationCost cost = EscalationCost.of(List.of(firstContact), TIER_OF_TEAM, Map.of(), Set.of("A"));

        assertThat(cost.currency()).isNull();
        assertThat(cost.handled()).isEqualByComparingTo("0");
        assertThat(cost.avoidedByKnowledge()).isEqualTo(1);
        assertThat(cost.savedByKnowledge()).isEqualByComparingTo("0");
    }
}
