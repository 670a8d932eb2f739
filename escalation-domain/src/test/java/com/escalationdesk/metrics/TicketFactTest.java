package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.sla.BusinessHours;
import com.escalationdesk.sla.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A ticket's figures replayed from its audit chain, against a day worked out by hand. */
class TicketFactTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-11-02T09:00:00Z");
    private static final BusinessHours OFFICE = BusinessHours.of(ZoneOffset.UTC,
            WeeklyHours.parse("Mon-Fri 09:00-12:00 13:00-17:00"), Set.of());

    private final Chain chain = new Chain("T-1", MONDAY_9);

    private static Map<String, Object> ticket(String status, String team, int tier) {
        return Chain.ticket(status, team, tier);
    }

    private void write(String actor, AuditAction action, Map<String, ?> before, Map<String, ?> after, int minutes) {
        chain.write(actor, action, before, after, minutes);
    }

    private TicketFact replayed() {
        return chain.replayed(OFFICE);
    }

    /** Taken in at Frontline, answered, escalated to Billing, accepted after an hour, a refund asked of a manager, resolved, rated. */
    private void escalatedDay() {
        var frontline = ticket("OPEN", "Frontline", 1);
        write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
        write("alice", AuditAction.REPLY_ADDED, ticket("NEW", "Frontline", 1), frontline, 30);
        var escalated = ticket("ESCALATED", "Billing", 2);
        escalated.put("escalation.kind", "FUNCTIONAL");
        write("alice", AuditAction.ESCALATED, frontline, escalated, 60);
        write("bob", AuditAction.ESCALATION_ACCEPTED, escalated, ticket("OPEN", "Billing", 2), 120);
        write("bob", AuditAction.DECISION_REQUESTED, ticket("OPEN", "Billing", 2), ticket("OPEN", "Billing", 2), 180);
        write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 2), ticket("RESOLVED", "Billing", 2), 300);
        write("portal", AuditAction.CUSTOMER_RATED, null, Map.of("resolution", 1, "satisfaction", 4, "effort", 2), 360);
    }

    @Test
    void anEscalatedTicketCountsBothEscalationsItsTimeAtEachTeamAndItsResolution() {
        escalatedDay();
        TicketFact fact = replayed();

        ResolvedTicket resolution = fact.resolution();
        assertThat(resolution.calendarTime()).isEqualTo(Duration.ofHours(5));
        // 09:00-12:00 and 13:00-14:00: the lunch hour is not working time
        assertThat(resolution.businessTime()).isEqualTo(Duration.ofHours(4));
        assertThat(resolution.functionalEscalations()).isEqualTo(1);
        assertThat(resolution.hierarchicalEscalations()).isEqualTo(1);
        assertThat(resolution.publicReplies()).isEqualTo(1);
        assertThat(resolution.tier()).isEqualTo(2);
        assertThat(resolution.firstContactResolution()).isFalse();
        assertThat(fact.getAcceptedEscalations()).isEqualTo(1);
        assertThat(fact.getAcceptWaitSeconds()).isEqualTo(3600);
        assertThat(fact.getSecondsAtTeam()).isEqualTo(Map.of("Frontline", 3600L, "Billing", 4 * 3600L));
        assertThat(fact.getResolvedBy()).isEqualTo("bob");
        assertThat(fact.getResolvedTeam()).isEqualTo("Billing");
        assertThat(fact.getSatisfaction()).isEqualTo(4);
        assertThat(fact.getEffort()).isEqualTo(2);
        assertThat(fact.getStatus()).isEqualTo("RESOLVED");
    }

    @Test
    void replayingTheSameEntriesChangesNothing() {
        escalatedDay();
        TicketFact fact = replayed();
        Map<String, Object> once = fact.figures();

        chain.entries().forEach(e -> assertThat(fact.apply(e, OFFICE)).isFalse());

        assertThat(fact.figures()).isEqualTo(once);
    }

    @Test
    void aReopenedTicketIsNotResolvedUntilItIsResolvedAgainAndLosesFirstContact() {
        write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
        write("alice", AuditAction.REPLY_ADDED, ticket("NEW", "Frontline", 1), ticket("OPEN", "Frontline", 1), 10);
        write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 20);
        assertThat(replayed().resolution().oneTouch()).isTrue();

        write("portal", AuditAction.TICKET_REOPENED, ticket("RESOLVED", "Frontline", 1), ticket("REOPENED", "Frontline", 1), 600);
        assertThat(replayed().resolution()).isNull();

        write("tom", AuditAction.TICKET_RESOLVED, ticket("REOPENED", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 660);
        TicketFact fact = replayed();
        assertThat(fact.resolution().firstContactResolution()).isFalse();
        assertThat(fact.resolution().calendarTime()).isEqualTo(Duration.ofMinutes(660));
        // active 0-20 and 600-660; the resolved stretch between does not count
        assertThat(fact.getSecondsAtTeam()).isEqualTo(Map.of("Frontline", 80 * 60L));
    }

    @Test
    void aReassignmentWithinTheTeamIsNoTeamMoveAndOneToAnotherTeamIs() {
        write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
        write("lena", AuditAction.TICKET_REASSIGNED, ticket("NEW", "Frontline", 1), ticket("OPEN", "Frontline", 1), 5);
        write("lena", AuditAction.TICKET_REASSIGNED, ticket("OPEN", "Frontline", 1), ticket("OPEN", "Billing", 1), 10);
        write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 1), ticket("RESOLVED", "Billing", 1), 20);

        ResolvedTicket resolution = replayed().resolution();

        assertThat(resolution.teamMoves()).isEqualTo(1);
        assertThat(resolution.escalated()).isFalse();
        assertThat(resolution.firstContactResolution()).isFalse();
    }

    @Test
    void aCaseBroughtToManagersWithoutLeavingItsTeamIsHierarchicalAndAReturnIsABounce() {
        write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
        write("system", AuditAction.AUTO_ESCALATED, ticket("NEW", "Frontline", 1), ticket("NEW", "Frontline", 1), 60);
        write("portal", AuditAction.CUSTOMER_ASKED_FOR_ESCALATION, ticket("NEW", "Frontline", 1),
                ticket("ESCALATED", "Billing", 2), 70);
        write("bob", AuditAction.ESCALATION_RETURNED, ticket("ESCALATED", "Billing", 2), ticket("OPEN", "Frontline", 1), 90);

        TicketFact fact = replayed();

        assertThat(fact.figures()).containsEntry("hierarchicalEscalations", 1).containsEntry("functionalEscalations", 1);
        assertThat(fact.getBounces()).isEqualTo(1);
        assertThat(fact.getAcceptedEscalations()).isZero();
        assertThat(fact.resolution()).isNull();
    }

    @Test
    void anEntryOfAnotherTicketIsRefused() {
        write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
        TicketFact other = new TicketFact("T-2");

        assertThatThrownBy(() -> other.apply(chain.entries().get(0), OFFICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auditStatesReadBackAsWritten() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("text", "a \"quoted\" line\nand a tab\t and \\ and \u0001");
        state.put("count", 3);
        state.put("flag", true);
        state.put("nothing", null);

        Map<String, String> read = CanonicalJson.read(CanonicalJson.of(state));

        assertThat(read).containsEntry("text", "a \"quoted\" line\nand a tab\t and \\ and \u0001")
                .containsEntry("count", "3").containsEntry("flag", "true").containsEntry("nothing", null).hasSize(4);
        assertThat(CanonicalJson.read("{}")).isEmpty();
        assertThat(CanonicalJson.read(null)).isEmpty();
    }
}
