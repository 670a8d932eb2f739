package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.AuthorityLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void eachTeamShowsItsActiveTicketsAndTheAgeOfTheEscalationsWaitingForIt() {
        Backlog.Team frontline = new Backlog.Team(1, "Frontline support", 1);
        Backlog.Team billing = new Backlog.Team(2, "Billing specialists", 2);
        Backlog.Team network = new Backlog.Team(3, "Network engineering", 2);

        // Billing waits on two escalations, requested 30 min and 3 h 30 min ago: oldest 3 h 30, mean 2 h
        Backlog backlog = Backlog.of(NOW, List.of(network, billing, frontline), Map.of(1L, 12L, 2L, 5L),
                Map.of(2L, List.of(NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofMinutes(210)))), Map.of());

        assertThat(backlog.teams()).extracting(Backlog.TeamLoad::team)
                .containsExactly("Frontline support", "Billing specialists", "Network engineering");
        Backlog.TeamLoad billingLoad = backlog.teams().get(1);
        assertThat(billingLoad.activeTickets()).isEqualTo(5);
        assertThat(billingLoad.escalations()).isEqualTo(new Backlog.Waiting(2, Duration.ofMinutes(210), Duration.ofHours(2)));
        // a team with nothing waiting and no active tickets shows zeros, not nothing
        assertThat(backlog.teams().get(2).activeTickets()).isZero();
        assertThat(backlog.teams().get(2).escalations()).isEqualTo(Backlog.Waiting.NONE);
    }

    @Test
    void decisionsAreCountedAtTheLevelTheyWaitOnLowestFirst() {
        Backlog backlog = Backlog.of(NOW, List.of(), Map.of(), Map.of(), Map.of(
                AuthorityLevel.DIRECTOR, List.of(NOW.minus(Duration.ofDays(2))),
                AuthorityLevel.MANAGER, List.of(NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(4)),
                        NOW.minus(Duration.ofHours(7))),
                AuthorityLevel.TEAM_LEAD, List.of()));

        assertThat(backlog.approvals()).extracting(Backlog.LevelLoad::level)
                .containsExactly(AuthorityLevel.MANAGER, AuthorityLevel.DIRECTOR);
        assertThat(backlog.approvals().get(0).decisions())
                .isEqualTo(new Backlog.Waiting(3, Duration.ofHours(7), Duration.ofHours(4)));
        assertThat(backlog.approvals().get(1).decisions().oldest()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void aMomentAfterNowWaitsNothingRatherThanANegativeTime() {
        assertThat(Backlog.Waiting.since(List.of(NOW.plusSeconds(5)), NOW)).isEqualTo(new Backlog.Waiting(1, Duration.ZERO, Duration.ZERO));
        assertThat(Backlog.Waiting.since(List.of(), NOW)).isEqualTo(Backlog.Waiting.NONE);
    }
}
