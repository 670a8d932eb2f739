package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.AuthorityLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalTurnaroundTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void eachLevelCountsItsDecisionsTheShareApprovedAndHowLongTheyWaitedThere() {
        // team leads: 1 h, 3 h and 2 h, two approved; managers: 4 h and 6 h, one approved
        ApprovalTurnaround figures = ApprovalTurnaround.of(List.of(
                step(AuthorityLevel.MANAGER, 0, 4, true),
                step(AuthorityLevel.TEAM_LEAD, 0, 1, true),
                step(AuthorityLevel.TEAM_LEAD, 2, 5, false),
                step(AuthorityLevel.MANAGER, 1, 7, false),
                step(AuthorityLevel.TEAM_LEAD, 10, 12, true)));

        assertThat(figures.levels()).extracting(ApprovalTurnaround.Level::level)
                .containsExactly(AuthorityLevel.TEAM_LEAD, AuthorityLevel.MANAGER);
        ApprovalTurnaround.Level leads = figures.at(AuthorityLevel.TEAM_LEAD);
        assertThat(leads.approved()).isEqualTo(new Share(2, 3));
        assertThat(leads.turnaround()).isEqualTo(new DurationFigures(3, Duration.ofHours(2), Duration.ofHours(2), Duration.ofHours(3)));
        ApprovalTurnaround.Level managers = figures.at(AuthorityLevel.MANAGER);
        assertThat(managers.approved()).isEqualTo(new Share(1, 2));
        // an even count: the median is the mean of the two middle values
        assertThat(managers.turnaround()).isEqualTo(new DurationFigures(2, Duration.ofHours(5), Duration.ofHours(5), Duration.ofHours(6)));
        assertThat(figures.at(AuthorityLevel.DIRECTOR)).isNull();
    }

    @Test
    void aPeriodWithoutDecisionsHasNoLevels() {
        assertThat(ApprovalTurnaround.of(List.of()).levels()).isEmpty();
    }

    private static ApprovalTurnaround.Step step(AuthorityLevel level, int reachedHour, int decidedHour, boolean approved) {
        return new ApprovalTurnaround.Step(level, T.plus(Duration.ofHours(reachedHour)), T.plus(Duration.ofHours(decidedHour)), approved);
    }
}
