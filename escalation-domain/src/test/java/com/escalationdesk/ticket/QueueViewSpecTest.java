package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A queue's arrangement as a saved view keeps it: what it may hold, and how it reads. */
class QueueViewSpecTest {

    @Test
    void anArrangementReadsAsItsQueueWordsAndFilter() {
        QueueViewSpec spec = new QueueViewSpec("  Urgent, nobody's ", QueueScope.TEAM, " refund ",
                new QueueFilter(Set.of(Priority.HIGH, Priority.URGENT), Set.of(TicketStatus.NEW), true), "slaDueAt", true);

        assertThat(spec.name()).isEqualTo("Urgent, nobody's");
        assertThat(spec.describe()).isEqualTo("Team queue · “refund” · P1 · Urgent, P2 · High · New · unassigned only");
        assertThat(new QueueViewSpec("Mine", QueueScope.MINE, " ", null, null, true))
                .satisfies(s -> assertThat(s.describe()).isEqualTo("My queue"))
                .satisfies(s -> assertThat(s.ascending()).as("no column, no direction").isFalse());
    }

    @Test
    void aFilterKeepsToTheTicketsStillBeingWorkedAndToWhatItsQueueHolds() {
        assertThatThrownBy(() -> new QueueFilter(Set.of(), Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED), false))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A queue holds the tickets still being worked; Resolved and Closed ones are found under Find tickets.");
        assertThatThrownBy(() -> new QueueViewSpec("Mine, unassigned", QueueScope.MINE, null,
                new QueueFilter(Set.of(), Set.of(), true), null, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("“Unassigned only” fits the team queue");
        assertThat(QueueFilter.activeStatuses()).doesNotContain(TicketStatus.RESOLVED, TicketStatus.CLOSED)
                .contains(TicketStatus.NEW, TicketStatus.REOPENED);
    }

    @Test
    void aViewNeedsANameAndSortsOnlyByAColumnTheQueueHas() {
        assertThatThrownBy(() -> new QueueViewSpec(" ", QueueScope.TEAM, null, null, null, false))
                .isInstanceOf(RuleViolation.class).hasMessage("The view's name is required.");
        assertThatThrownBy(() -> new QueueViewSpec("x".repeat(61), QueueScope.TEAM, null, null, null, false))
                .isInstanceOf(RuleViolation.class).hasMessage("The view's name must be at most 60 characters.");
        assertThatThrownBy(() -> new QueueViewSpec("Odd", QueueScope.TEAM, null, null, "password", true))
                .isInstanceOf(RuleViolation.class).hasMessage("A queue cannot be sorted by “password”.");
    }

    @Test
    void aFilterIsStoredAndReadBackInTheOrderItsValuesAreDeclared() {
        Set<Priority> priorities = Set.of(Priority.LOW, Priority.URGENT);
        String stored = QueueFilter.stored(priorities);

        assertThat(stored).isEqualTo("URGENT,LOW");
        assertThat(QueueFilter.parsed(stored, Priority.class)).isEqualTo(priorities);
        assertThat(QueueFilter.stored(Set.<Priority>of())).isNull();
        assertThat(QueueFilter.parsed(null, Priority.class)).isEmpty();
    }
}
