package com.escalationdesk.exacerbation;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffRating;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.ResolutionFeedback;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExacerbationDetectorTest {

    private final Fixtures f = new Fixtures();
    private final ExacerbationDetector detector = new ExacerbationDetector(3);
    private final Instant now = Fixtures.NOW;
    private final Team platform = Fixtures.withId(new Team("Platform engineering", Fixtures.TIER_3, null));
    private final Agent erik = Fixtures.withId(new Agent("erik", "Erik", "erik@example.test", "x", platform, Set.of(Role.AGENT)));
    private final Agent portal = Fixtures.withId(new Agent("customer-portal", "Customer", "p@example.test", "!", null,
            Set.of(Role.MANAGER)));

    private static final HandoffSummary HANDOFF = new HandoffSummary("Issue", "Tried", "Needed");

    private List<ExacerbationRule> fired(TicketEvent event) {
        return detector.findings(event).stream().map(ExacerbationDetector.Finding::rule).toList();
    }

    private Escalation escalate(Ticket t, Team to, Agent by) {
        return Fixtures.withId(t.escalateFunctionally(to, by, EscalationReason.KNOWLEDGE, HANDOFF, now));
    }

    @Test
    void aReturnedEscalationBouncesTheTicket() {
        Ticket t = f.ticket();
        Escalation e = escalate(t, f.billing, f.alice);
        assertThat(fired(new TicketEvent.Escalated(t, e, "", now, false))).isEmpty();

        t.returnEscalation(e, f.bob, "Not ours", now);

        assertThat(fired(new TicketEvent.EscalationReturned(t, e, f.bob, now, false))).containsExactly(ExacerbationRule.BOUNCED);
    }

    @Test
    void aReopenOrABreachCountsOnlyAfterAnEscalation() {
        Ticket plain = f.ticket();
        plain.resolve("Done", now);
        plain.reopen("Again", now);
        assertThat(fired(new TicketEvent.Reopened(plain, f.alice, "Again", now, false))).isEmpty();
        assertThat(fired(new TicketEvent.ServiceLevelBreached(plain, "Resolution", now, false))).isEmpty();

        Ticket t = f.ticket();
        Escalation e = escalate(t, f.billing, f.alice);
        t.acceptEscalation(e, f.bob, now);
        t.resolve("Done", now);
        t.reopen("Still broken", now);
        assertThat(detector.findings(new TicketEvent.Reopened(t, f.bob, "Still broken", now, false)))
                .containsExactly(new ExacerbationDetector.Finding(ExacerbationRule.REOPENED_AFTER_ESCALATION,
                        "Reopened: Still broken"));
        assertThat(fired(new TicketEvent.ServiceLevelBreached(t, "Resolution", now, false)))
                .containsExactly(ExacerbationRule.BREACHED_AFTER_ESCALATION);
    }

    @Test
    void anEscalationAcceptedAfterThePolicysTimeAndAPoorHandoffFire() {
        Ticket t = f.ticket();
        Escalation e = escalate(t, f.billing, f.alice);
        e.governedBy(1, "Billing", f.billing, now.plus(Duration.ofMinutes(30)));
        Instant late = now.plus(Duration.ofMinutes(31));
        t.acceptEscalation(e, f.bob, late);
        e.rateHandoff(new HandoffRating(4, 2, 5, "No steps listed"));

        assertThat(fired(new TicketEvent.EscalationAccepted(t, e, f.bob, late, false)))
                .containsExactly(ExacerbationRule.NOT_ACCEPTED_IN_TIME, ExacerbationRule.POOR_HANDOFF);
        assertThat(fired(new TicketEvent.EscalationAccepted(t, e, f.bob, now.plus(Duration.ofMinutes(30)), false)))
                .as("on time, to the minute").containsExactly(ExacerbationRule.POOR_HANDOFF);
    }

    @Test
    void anEscalationStillWaitingPastThePolicysTimeFires() {
        Ticket t = f.ticket();
        Escalation e = escalate(t, f.billing, f.alice);
        e.governedBy(1, "Billing", f.billing, now.plus(Duration.ofMinutes(30)));

        assertThat(fired(new TicketEvent.EscalationOverdue(t, e, now.plus(Duration.ofMinutes(30)), false))).isEmpty();
        assertThat(fired(new TicketEvent.EscalationOverdue(t, e, now.plus(Duration.ofMinutes(31)), false)))
                .containsExactly(ExacerbationRule.NOT_ACCEPTED_IN_TIME);
    }

    @Test
    void lowSatisfactionOrEffortAfterAnEscalationFires() {
        Ticket t = f.ticket();
        Escalation e = escalate(t, f.billing, f.alice);
        t.acceptEscalation(e, f.bob, now);
        t.resolve("Done", now);
        ResolutionFeedback fine = t.answerSurvey(4, null, 6, now);
        assertThat(fired(new TicketEvent.CustomerAnswered(t, fine, now, false))).isEmpty();
        ResolutionFeedback hard = t.answerSurvey(null, null, 3, now);
        assertThat(fired(new TicketEvent.CustomerAnswered(t, hard, now, false)))
                .containsExactly(ExacerbationRule.LOW_FEEDBACK_AFTER_ESCALATION);

        Ticket plain = f.ticket();
        plain.resolve("Done", now);
        ResolutionFeedback poorButNotEscalated = plain.answerSurvey(1, "Bad", null, now);
        assertThat(fired(new TicketEvent.CustomerAnswered(plain, poorButNotEscalated, now, false))).isEmpty();
    }

    @Test
    void askingForAManagerCountsWhenTheCaseHadBeenEscalatedBefore() {
        Ticket t = f.ticket();
        assertThat(fired(new TicketEvent.CustomerAskedForManager(t, false, now, false))).isEmpty();
        assertThat(fired(new TicketEvent.CustomerAskedForManager(t, true, now, false)))
                .containsExactly(ExacerbationRule.MANAGER_ASKED_AFTER_ESCALATION);
    }

    @Test
    void aTicketPassingThroughThreeTeamsFires() {
        Ticket t = f.ticket();
        Escalation first = escalate(t, f.billing, f.alice);
        t.acceptEscalation(first, f.bob, now);
        Escalation second = escalate(t, platform, f.bob);

        List<ExacerbationDetector.Finding> findings = detector.findings(new TicketEvent.Escalated(t, second, "", now, false));

        assertThat(findings).extracting(ExacerbationDetector.Finding::rule).containsExactly(ExacerbationRule.MANY_TEAMS);
        assertThat(findings.get(0).detail()).isEqualTo("3 teams: Frontline support, Billing specialists, Platform engineering");
        assertThat(new ExacerbationDetector(4).findings(new TicketEvent.Escalated(t, second, "", now, false)))
                .as("the limit is configurable").isEmpty();
    }

    @Test
    void theCustomerWritingTwiceWithoutAPublicAnswerFires() {
        Ticket t = f.ticket();
        t.addNote(f.alice, "Looking into it", NoteVisibility.INTERNAL, now);
        t.addCustomerMessage(portal, "Any news?", now.plusSeconds(60));
        assertThat(detector.findings(new TicketEvent.CustomerWrote(t, now, false))).singleElement()
                .satisfies(x -> assertThat(x.detail()).isEqualTo("2 messages from the customer since the last public answer"));

        t.addNote(f.alice, "We are on it", NoteVisibility.PUBLIC, now.plusSeconds(120));
        t.addCustomerMessage(portal, "Thanks", now.plusSeconds(180));
        assertThat(fired(new TicketEvent.CustomerWrote(t, now, false))).as("answered in between").isEmpty();
    }
}
