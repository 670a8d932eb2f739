package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RelatedTicketsTest {

    final Fixtures f = new Fixtures();

    @Test
    void linkedTicketsShowEachOtherAndCanBeUnlinked() {
        Ticket a = f.ticket();
        Ticket b = f.ticket();
        a.linkTo(b, Fixtures.NOW);
        assertThat(a.getRelated()).containsExactly(b);
        assertThat(b.getRelated()).containsExactly(a);
        assertThatThrownBy(() -> b.linkTo(a, Fixtures.NOW)).isInstanceOf(RuleViolation.class).hasMessageContaining("already linked");
        assertThatThrownBy(() -> a.linkTo(a, Fixtures.NOW)).hasMessage("A ticket cannot be related to itself.");
        b.unlink(a, Fixtures.NOW);
        assertThat(a.getRelated()).isEmpty();
        assertThat(b.getRelated()).isEmpty();
    }

    @Test
    void aMergedDuplicateIsClosedPointsToTheSurvivorAndCarriesItsDescriptionOver() {
        Ticket survivor = f.ticket();
        Ticket duplicate = f.ticket();

        Note carried = duplicate.mergeInto(survivor, f.alice, Fixtures.NOW);

        assertThat(duplicate.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(duplicate.getMergedInto()).isSameAs(survivor);
        assertThat(duplicate.auditState()).containsEntry("mergedInto", survivor.getNumber());
        assertThat(survivor.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(carried.isInternal()).isTrue();
        assertThat(carried.getBody()).startsWith("Merged in from " + duplicate.getNumber() + " (Invoice charged twice)");
        assertThat(survivor.getRelated()).containsExactly(duplicate);
        assertThatThrownBy(() -> duplicate.mergeInto(survivor, f.alice, Fixtures.NOW))
                .hasMessage(duplicate.getNumber() + " was already merged into " + survivor.getNumber() + ".");
    }

    @Test
    void mergingIsRefusedAcrossCustomersIntoClosedTicketsAndWhileAnEscalationWaits() {
        Ticket survivor = f.ticket();
        Customer other = Fixtures.withId(new Customer("Contoso", "it@contoso.test", CustomerSegment.STANDARD));
        Ticket foreign = Fixtures.withId(new Ticket(other, "Same words", "d", Category.BILLING, Priority.LOW, f.alice,
                Fixtures.NOW));
        foreign.assignNumber();
        assertThatThrownBy(() -> foreign.mergeInto(survivor, f.alice, Fixtures.NOW))
                .hasMessageStartingWith("Only tickets of the same customer can be merged");

        Ticket escalated = f.ticket();
        escalated.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE,
                new HandoffSummary("i", "s", "n"), Fixtures.NOW);
        assertThatThrownBy(() -> escalated.mergeInto(survivor, f.alice, Fixtures.NOW))
                .hasMessageContaining("withdraw it before merging");

        Ticket closed = f.ticket();
        closed.resolve("done", Fixtures.NOW);
        closed.close(Fixtures.NOW);
        assertThatThrownBy(() -> f.ticket().mergeInto(closed, f.alice, Fixtures.NOW))
                .hasMessageContaining("merge into a ticket that is still open");
        assertThat(survivor.getNotes()).isEmpty();
    }
}
