package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import org.junit.jupiter.api.Test;

class TicketTest {

    private final Fixtures f = new Fixtures();

    @Test
    void intakeOpensTheTicketForTheAgentAndTheirTeam() {
        Ticket t = f.ticket();

        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.getAssignee()).isSameAs(f.alice);
        assertThat(t.getTeam()).isSameAs(f.frontline);
        assertThat(t.getNumber()).isEqualTo("ESC-" + t.getId());
    }

    @Test
    void aTicketNumberStandsForTheTicketsIdAndAnythingElseForNoTicket() {
        Ticket t = f.ticket();
        assertThat(Ticket.idOf(t.getNumber())).isEqualTo(t.getId());
        assertThat(Ticket.idOf("ESC-1042")).isEqualTo(1042L);
        assertThat(Ticket.idOf("ESC-")).isNull();
        assertThat(Ticket.idOf("ESC-12a")).isNull();
        assertThat(Ticket.idOf("ESC--4")).isNull();
        assertThat(Ticket.idOf("INC-1042")).isNull();
        assertThat(Ticket.idOf("ESC-99999999999999999999")).as("longer than any id").isNull();
        assertThat(Ticket.idOf(null)).isNull();
    }

    @Test
    void intakeNeedsASubject() {
        assertThatThrownBy(() -> new Ticket(f.customer, " ", "d", Category.BILLING, Priority.LOW, f.alice, Fixtures.NOW))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Subject is required.");
    }

    @Test
    void notesKeepTheirVisibility() {
        Ticket t = f.ticket();

        t.addNote(f.alice, "Customer sounds upset", NoteVisibility.INTERNAL, Fixtures.NOW);
        t.addNote(f.alice, "We are looking into it", NoteVisibility.PUBLIC, Fixtures.NOW);

        assertThat(t.getNotes()).extracting(Note::isInternal).containsExactly(true, false);
    }

    @Test
    void anEmptyNoteIsRefused() {
        Ticket t = f.ticket();

        assertThatThrownBy(() -> t.addNote(f.alice, "", NoteVisibility.INTERNAL, Fixtures.NOW))
                .hasMessage("Note is required.");
        assertThat(t.getNotes()).isEmpty();
    }
}
