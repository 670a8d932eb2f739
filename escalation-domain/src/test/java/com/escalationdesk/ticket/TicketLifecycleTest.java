package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationState;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketLifecycleTest {

    private final Fixtures f = new Fixtures();
    private final Agent tom = Fixtures.withId(new Agent("tom", "Tom Tier1", "t@x.test", "x", f.frontline, Set.of(Role.AGENT)));
    private final Instant later = Fixtures.NOW.plusSeconds(60);

    private Ticket unassigned() {
        Ticket t = Fixtures.withId(new Ticket(f.customer, "Modem blinks red", "Since this morning.", Category.TECHNICAL,
                Priority.NORMAL, f.alice, false, Fixtures.NOW));
        t.assignNumber();
        return t;
    }

    @Test
    void intakeIntoTheTeamQueueLeavesTheTicketNewAndUnassigned() {
        Ticket t = unassigned();

        assertThat(t.getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(t.getAssignee()).isNull();
        assertThat(t.getTeam()).isSameAs(f.frontline);
    }

    @Test
    void aTeamMemberClaimsAnUnassignedTicketAndItOpens() {
        Ticket t = unassigned();

        t.claim(tom, later);

        assertThat(t.getAssignee()).isSameAs(tom);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void anAssignedTicketCannotBeClaimed() {
        Ticket t = unassigned();
        t.claim(tom, later);

        assertThatThrownBy(() -> t.claim(f.alice, later))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already assigned to Tom Tier1; ask them to hand it over");
    }

    @Test
    void aTicketIsReassignedOnlyWithinItsTeam() {
        Ticket t = f.ticket();

        t.reassign(tom, later);
        assertThat(t.getAssignee()).isSameAs(tom);

        assertThatThrownBy(() -> t.reassign(f.bob, later))
                .hasMessageContaining("Bob Tier2 is not in Frontline support");
        assertThat(t.getAssignee()).isSameAs(tom);
    }

    @Test
    void waitingOnTheCustomerAndResuming() {
        Ticket t = f.ticket();

        t.waitOnCustomer(later);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        assertThatThrownBy(() -> t.waitOnCustomer(later)).hasMessageContaining("only an open ticket can wait");

        t.resume(later);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThatThrownBy(() -> t.resume(later)).hasMessageContaining("is not waiting on the customer");
    }

    @Test
    void resolvingNeedsASummaryAndRecordsIt() {
        Ticket t = f.ticket();

        assertThatThrownBy(() -> t.resolve(" ", later)).hasMessage("A resolution summary is required.");
        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);

        t.resolve("Refunded the duplicate capture.", later);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(t.getResolutionSummary()).isEqualTo("Refunded the duplicate capture.");
        assertThat(t.getResolvedAt()).isEqualTo(later);
    }

    @Test
    void aTicketWaitingForAnEscalationCannotBeResolved() {
        Ticket t = f.ticket();
        t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, new HandoffSummary("i", "s", "n"), later);

        assertThat(t.canResolve()).isFalse();
        assertThatThrownBy(() -> t.resolve("done", later)).hasMessageContaining("cannot be resolved now");
    }

    @Test
    void reopeningCountsAndNeedsAReason() {
        Ticket t = f.ticket();
        t.resolve("Fixed", later);

        assertThatThrownBy(() -> t.reopen("", later)).hasMessage("A reason for reopening is required.");
        t.reopen("The customer was charged again", later);
        t.resolve("Fixed for good", later);
        t.reopen("Still charged", later);

        assertThat(t.getReopenCount()).isEqualTo(2);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.REOPENED);
        assertThat(t.getResolvedAt()).isNull();
    }

    @Test
    void anActiveTicketChangesToAnotherPriorityButAResolvedOneKeepsItsOwn() {
        Ticket t = unassigned();

        assertThatThrownBy(() -> t.reprioritize(Priority.NORMAL, later)).hasMessageContaining("is P3 · Normal already");
        t.reprioritize(Priority.URGENT, later);
        assertThat(t.getPriority()).isEqualTo(Priority.URGENT);
        assertThat(t.getUpdatedAt()).isEqualTo(later);

        t.resolve("Fixed", later);
        assertThatThrownBy(() -> t.reprioritize(Priority.LOW, later)).hasMessageContaining("reopen it to change its priority");
        assertThat(t.getPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void onlyAResolvedTicketClosesAndAClosedOneStaysClosed() {
        Ticket t = f.ticket();

        assertThatThrownBy(() -> t.close(later)).hasMessageContaining("only a resolved ticket can be closed");
        t.resolve("Fixed", later);
        t.close(later);

        assertThat(t.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.getClosedAt()).isEqualTo(later);
        assertThatThrownBy(() -> t.reopen("again", later)).hasMessageContaining("is closed; open a new ticket");
        assertThatThrownBy(() -> t.addNote(f.alice, "late", NoteVisibility.INTERNAL, later)).hasMessageContaining("closed");
    }

    @Test
    void theSenderWithdrawsAPendingEscalationAndGetsTheTicketBack() {
        Ticket t = f.ticket();
        Escalation e = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, new HandoffSummary("i", "s", "n"), later);

        assertThatThrownBy(() -> t.withdrawEscalation(e, f.bob, later))
                .hasMessage("Only members of Frontline support can withdraw this escalation.");
        t.withdrawEscalation(e, tom, later);

        assertThat(e.getState()).isEqualTo(EscalationState.WITHDRAWN);
        assertThat(t.getTeam()).isSameAs(f.frontline);
        assertThat(t.getAssignee()).as("back with the agent who escalated it").isSameAs(f.alice);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThatThrownBy(() -> t.acceptEscalation(e, f.bob, later)).hasMessageContaining("already withdrawn");
    }

    @Test
    void aCustomerAskingForAManagerWhileTheCaseWaitsOnThemResumesIt() {
        Ticket t = unassigned();
        t.claim(tom, later);
        t.waitOnCustomer(later);

        t.requestManagementReview(later.plusSeconds(60));

        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.isUnderManagementReview()).isTrue();
        assertThatThrownBy(() -> t.requestManagementReview(later.plusSeconds(120)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already reviewing");
    }
}
