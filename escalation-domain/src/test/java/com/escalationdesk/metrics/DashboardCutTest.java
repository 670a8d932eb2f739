package com.escalationdesk.metrics;

import static com.escalationdesk.metrics.Chain.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardCutTest {

    /** Taken in at Frontline, escalated to Billing for knowledge, resolved there by bob. */
    private static TicketFact escalatedToBilling() {
        Map<String, Object> escalated = ticket("ESCALATED", "Billing", 2);
        escalated.put("escalation.reason", "KNOWLEDGE");
        return new Chain("A", Instant.parse("2026-11-23T09:00:00Z"))
                .write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0)
                .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), escalated, 10)
                .write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 2), ticket("RESOLVED", "Billing", 2), 60)
                .replayed(null);
    }

    @Test
    void aCutTakesTheTicketsThatMatchEveryPartItNames() {
        TicketFact fact = escalatedToBilling();
        assertThat(DashboardCut.NONE.takes(fact)).isTrue();
        assertThat(new DashboardCut(Category.BILLING, null, 2, "bob", EscalationReason.KNOWLEDGE, null).takes(fact)).isTrue();
        assertThat(new DashboardCut(Category.NETWORK, null, null, null, null, null).takes(fact)).isFalse();
        assertThat(new DashboardCut(null, null, 1, null, null, null).takes(fact)).as("resolved at Tier 2, not 1").isFalse();
        assertThat(new DashboardCut(null, null, null, "alice", null, null).takes(fact)).as("resolved by bob").isFalse();
        assertThat(new DashboardCut(null, null, null, null, EscalationReason.AUTHORITY, null).takes(fact)).isFalse();
        // the customer's segment as the ticket last recorded it
        assertThat(fact.getSegment()).isEqualTo("BUSINESS");
        assertThat(new DashboardCut(null, null, null, null, null, CustomerSegment.BUSINESS).takes(fact)).isTrue();
        assertThat(new DashboardCut(null, null, null, null, null, CustomerSegment.ENTERPRISE).takes(fact)).isFalse();
    }

    @Test
    void aCutSaysWhatItTakesAndForgetsItsAgentForTheAgentsToChooseFrom() {
        DashboardCut cut = new DashboardCut(Category.BILLING, Priority.HIGH, 2, " bob ", EscalationReason.KNOWLEDGE,
                CustomerSegment.ENTERPRISE);
        assertThat(cut.describe()).isEqualTo("Billing · P2 · High · resolved at Tier 2 · resolved by bob · first escalated for knowledge"
                + " · Enterprise customers");
        assertThat(cut.anyAgent()).isEqualTo(new DashboardCut(Category.BILLING, Priority.HIGH, 2, null, EscalationReason.KNOWLEDGE,
                CustomerSegment.ENTERPRISE));
        assertThat(DashboardCut.NONE.describe()).isEmpty();
        assertThat(new DashboardCut(null, null, null, "  ", null, null).isEmpty()).isTrue();
    }
}
