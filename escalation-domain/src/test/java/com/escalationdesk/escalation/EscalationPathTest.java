package com.escalationdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.directory.Tier;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationPathTest {

    private final Fixtures f = new Fixtures();
    private final Team platform = Fixtures.withId(new Team("Platform engineering", Fixtures.TIER_3, null));
    private final Agent erik = Fixtures.withId(new Agent("erik", "Erik Tier3", "e@x.test", "x", platform, Set.of(Role.AGENT)));
    private final HandoffSummary handoff = new HandoffSummary("i", "s", "n");

    private static Instant at(int minutes) {
        return Fixtures.NOW.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aTicketWithoutEscalationsStaysWithItsTeam() {
        Ticket t = f.ticket();

        assertThat(EscalationPath.of(t, at(30))).containsExactly(new PathStop(f.frontline, Fixtures.NOW, at(30)));
    }

    @Test
    void thePathFollowsTheTicketFromTier1ToTier3AndBackWithTheTimeAtEachStop() {
        Ticket t = f.ticket();
        Escalation toBilling = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, at(10));
        t.acceptEscalation(toBilling, f.bob, at(25));
        Escalation toPlatform = t.escalateFunctionally(platform, f.bob, EscalationReason.COMPLEXITY, handoff, at(70));
        t.returnEscalation(toPlatform, erik, "A billing rule, not a defect", at(100));

        List<PathStop> path = EscalationPath.of(t, at(130));

        assertThat(path).extracting(s -> s.team().getName()).containsExactly("Frontline support", "Billing specialists",
                "Platform engineering", "Billing specialists");
        assertThat(path).extracting(PathStop::duration).containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(60),
                Duration.ofMinutes(30), Duration.ofMinutes(30));
        Map<Tier, Duration> perTier = EscalationPath.timePerTier(path);
        assertThat(perTier).containsEntry(Fixtures.TIER_1, Duration.ofMinutes(10))
                .containsEntry(Fixtures.TIER_2, Duration.ofMinutes(90))
                .containsEntry(Fixtures.TIER_3, Duration.ofMinutes(30));
    }

    @Test
    void timeStopsCountingWhenTheTicketIsResolved() {
        Ticket t = f.ticket();
        t.resolve("Done", at(45));

        assertThat(EscalationPath.of(t, at(500))).singleElement().extracting(PathStop::duration)
                .isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void aReturnedEscalationMarksTheTicketBounced() {
        Ticket t = f.ticket();
        Escalation e = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, at(1));
        assertThat(t.isBounced()).isFalse();

        t.returnEscalation(e, f.bob, "Tier 1 can do this", at(2));

        assertThat(t.isBounced()).isTrue();
    }

    @Test
    void escalatingBetweenTheSameTwoTeamsAgainIsABounce() {
        Ticket t = f.ticket();
        Escalation e = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, at(1));
        t.acceptEscalation(e, f.bob, at(2));

        t.escalateFunctionally(f.frontline, f.bob, EscalationReason.KNOWLEDGE, handoff, at(3));

        assertThat(t.isBounced()).isTrue();
    }

    @Test
    void movingOnToAnotherTeamOrWithdrawingIsNoBounce() {
        Ticket t = f.ticket();
        Escalation e = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, at(1));
        t.withdrawEscalation(e, f.alice, at(2));
        assertThat(t.isBounced()).as("a withdrawal is the sender's own correction").isFalse();

        Escalation again = t.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, at(3));
        assertThat(t.isBounced()).as("the same two teams a second time").isTrue();

        Ticket other = f.ticket();
        Escalation first = other.escalateFunctionally(f.billing, f.alice, EscalationReason.KNOWLEDGE, handoff, at(1));
        other.acceptEscalation(first, f.bob, at(2));
        other.escalateFunctionally(platform, f.bob, EscalationReason.COMPLEXITY, handoff, at(3));
        assertThat(other.isBounced()).isFalse();
        assertThat(again.isPending()).isTrue();
    }
}
