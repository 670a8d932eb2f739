package com.escalationdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FunctionalEscalationTest {

    private final Fixtures f = new Fixtures();
    private final HandoffSummary handoff = new HandoffSummary("Charged twice for November",
            "Checked the payment log: two captures", "Refund the duplicate capture");
    private final Instant later = Fixtures.NOW.plusSeconds(600);

    @Test
    void escalatingMovesTheTicketUnassignedToTheTargetTeam() {
        Ticket ticket = f.ticket();

        Escalation e = ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);

        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(ticket.getTeam()).isSameAs(f.billing);
        assertThat(ticket.getAssignee()).isNull();
        assertThat(e.getState()).isEqualTo(EscalationState.REQUESTED);
        assertThat(e.getFromTeam()).isSameAs(f.frontline);
        assertThat(e.getKind()).isEqualTo(EscalationKind.FUNCTIONAL);
        assertThat(ticket.pendingEscalation()).containsSame(e);
    }

    @Test
    void acceptingMakesTheTicketTheAcceptorsAndOpen() {
        Ticket ticket = f.ticket();
        Escalation e = ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);

        ticket.acceptEscalation(e, f.bob, later);

        assertThat(ticket.getAssignee()).isSameAs(f.bob);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(e.getState()).isEqualTo(EscalationState.ACCEPTED);
        assertThat(e.getDecidedBy()).isSameAs(f.bob);
        assertThat(ticket.pendingEscalation()).isEmpty();
    }

    @Test
    void anEscalationCanBeAcceptedOnlyOnce() {
        Ticket ticket = f.ticket();
        Escalation e = ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);
        ticket.acceptEscalation(e, f.bob, later);

        assertThatThrownBy(() -> ticket.acceptEscalation(e, f.bob, later))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already accepted by Bob Tier2");
    }

    @Test
    void returningNeedsAReason() {
        Ticket ticket = f.ticket();
        Escalation e = ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);

        assertThatThrownBy(() -> ticket.returnEscalation(e, f.bob, "  ", later))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A reason for returning the escalation is required.");
        assertThat(e.getState()).isEqualTo(EscalationState.REQUESTED);
        assertThat(ticket.getTeam()).isSameAs(f.billing);
    }

    @Test
    void returningSendsTheTicketBackToTheSenderWithTheReason() {
        Ticket ticket = f.ticket();
        Escalation e = ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);

        ticket.returnEscalation(e, f.bob, "Refunds under 50 EUR are Tier 1's to make", later);

        assertThat(e.getState()).isEqualTo(EscalationState.RETURNED);
        assertThat(e.getDecisionNote()).isEqualTo("Refunds under 50 EUR are Tier 1's to make");
        assertThat(ticket.getTeam()).isSameAs(f.frontline);
        assertThat(ticket.getAssignee()).isSameAs(f.alice);
        assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void onlyTheReceivingTeamDecides() {
        Ticket ticket = f.ticket();
        Escalation e = ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);

        assertThatThrownBy(() -> ticket.acceptEscalation(e, f.alice, later))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Only members of Billing specialists can accept this escalation.");
        assertThat(e.isPending()).isTrue();
    }

    @Test
    void aTicketWaitingForAcceptanceCannotBeEscalatedAgain() {
        Ticket ticket = f.ticket();
        ticket.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, later);

        assertThatThrownBy(() -> ticket.escalateFunctionally(f.frontline, f.bob, EscalationReason.COMPLEXITY, handoff, later))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already waits");
    }

    @Test
    void aTicketCannotBeEscalatedToTheTeamItIsWith() {
        Ticket ticket = f.ticket();

        assertThatThrownBy(() -> ticket.escalateFunctionally(f.frontline, f.alice, EscalationReason.KNOWLEDGE, handoff, later))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already with Frontline support");
    }

    @Test
    void everyHandoffFieldIsRequired() {
        assertThatThrownBy(() -> new HandoffSummary("", "steps", "need"))
                .hasMessage("The issue (handoff summary) is required.");
        assertThatThrownBy(() -> new HandoffSummary("issue", null, "need"))
                .hasMessage("The steps already taken (handoff summary) is required.");
        assertThatThrownBy(() -> new HandoffSummary("issue", "steps", " "))
                .hasMessage("What is needed (handoff summary) is required.");
    }
}
