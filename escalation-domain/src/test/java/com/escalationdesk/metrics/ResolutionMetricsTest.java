package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric definitions against figures worked out by hand for a desk of ten resolutions. */
class ResolutionMetricsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    /** Calendar hours, business hours, functional and hierarchical escalations, team moves, reopens, public replies, tier. */
    private static ResolvedTicket resolved(int calendarHours, int businessHours, int functional, int hierarchical, int moves,
            int reopens, int replies, int tier) {
        return new ResolvedTicket(MONDAY, MONDAY.plus(Duration.ofHours(calendarHours)), Duration.ofHours(businessHours),
                functional, hierarchical, moves, reopens, replies, tier);
    }

    private static final List<ResolvedTicket> TEN = List.of(
            resolved(2, 2, 0, 0, 0, 0, 1, 1),    // first contact, one touch
            resolved(5, 5, 0, 0, 0, 0, 2, 1),    // first contact, two replies
            resolved(26, 10, 1, 0, 0, 0, 3, 2),  // escalated to a team with the expertise
            resolved(50, 18, 0, 1, 0, 0, 2, 1),  // a manager approved; resolved at Tier 1, but escalated
            resolved(1, 1, 0, 0, 1, 0, 1, 1),    // moved to another team
            resolved(3, 3, 0, 0, 0, 1, 2, 1),    // reopened once
            resolved(4, 4, 1, 1, 0, 0, 4, 3),    // escalated both ways
            resolved(8, 8, 0, 0, 0, 0, 1, 1),    // first contact, one touch
            resolved(30, 12, 2, 0, 0, 0, 2, 2),  // escalated twice, counted once
            resolved(6, 6, 0, 0, 0, 0, 0, 1));   // first contact without a reply: not one touch

    @Test
    void escalationRateCountsEachEscalatedResolutionOnceAndEachKindApart() {
        ResolutionMetrics m = ResolutionMetrics.of(TEN);

        assertThat(m.resolved()).isEqualTo(10);
        assertThat(m.escalated()).isEqualTo(new Share(4, 10));
        assertThat(m.escalatedFunctionally()).isEqualTo(new Share(3, 10));
        assertThat(m.escalatedHierarchically()).isEqualTo(new Share(2, 10));
        assertThat(m.escalated().percent()).isEqualByComparingTo("40.0");
    }

    @Test
    void firstContactResolutionExcludesEscalationsMovesReopensAndHigherTiers() {
        ResolutionMetrics m = ResolutionMetrics.of(TEN);

        assertThat(m.firstContactResolution()).isEqualTo(new Share(4, 10));
        assertThat(m.oneTouch()).isEqualTo(new Share(2, 10));
        assertThat(resolved(1, 1, 0, 0, 0, 0, 1, 2).firstContactResolution()).as("resolved at Tier 2").isFalse();
    }

    @Test
    void resolutionTimeHasMeanMedianAndNinetiethPercentileInCalendarAndBusinessTime() {
        ResolutionMetrics m = ResolutionMetrics.of(TEN);

        // calendar hours sorted: 1 2 3 4 5 6 8 26 30 50, sum 135
        assertThat(m.calendarTime()).isEqualTo(new DurationFigures(10, Duration.ofMinutes(13 * 60 + 30),
                Duration.ofMinutes(5 * 60 + 30), Duration.ofHours(30)));
        // business hours sorted: 1 2 3 4 5 6 8 10 12 18, sum 69
        assertThat(m.businessTime()).isEqualTo(new DurationFigures(10, Duration.ofMinutes(6 * 60 + 54),
                Duration.ofMinutes(5 * 60 + 30), Duration.ofHours(12)));
    }

    @Test
    void anOddCountHasItsMiddleValueAsMedianAndTheNearestRankAsNinetiethPercentile() {
        DurationFigures figures = DurationFigures.of(List.of(Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(2)));

        assertThat(figures.median()).isEqualTo(Duration.ofHours(2));
        assertThat(figures.p90()).isEqualTo(Duration.ofHours(9));
        assertThat(DurationFigures.of(List.of(Duration.ofMinutes(7))).p90()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void wholeValuesInAUnitGiveTheFiguresOfTheirDurations() {
        // the business hours above, unsorted, as whole seconds: sum 69 h, median 5 h 30 min, 90th percentile 12 h
        long[] seconds = {18 * 3600, 1 * 3600, 12 * 3600, 3 * 3600, 2 * 3600, 10 * 3600, 4 * 3600, 6 * 3600, 8 * 3600, 5 * 3600};
        assertThat(DurationFigures.of(seconds, Duration.ofSeconds(1))).isEqualTo(new DurationFigures(10,
                Duration.ofMinutes(6 * 60 + 54), Duration.ofMinutes(5 * 60 + 30), Duration.ofHours(12)));
        assertThat(seconds[0]).as("the values given are left as they were").isEqualTo(18 * 3600);
        assertThat(DurationFigures.of(new long[] {7, 1, 3}, Duration.ofNanos(1_000)))
                .isEqualTo(new DurationFigures(3, Duration.ofNanos(11_000 / 3), Duration.ofNanos(3_000), Duration.ofNanos(7_000)));
        assertThat(DurationFigures.of(new long[0], Duration.ofSeconds(1))).isEqualTo(DurationFigures.NONE);
    }

    @Test
    void aPeriodWithoutResolutionsHasNoFiguresRatherThanZeros() {
        ResolutionMetrics m = ResolutionMetrics.of(List.of());

        assertThat(m.escalated().percent()).isNull();
        assertThat(m.calendarTime()).isEqualTo(DurationFigures.NONE);
        assertThat(new Share(3, 10).pointsChangeFrom(new Share(0, 0))).isNull();
    }

    @Test
    void percentagesRoundHalfUpToOneDecimalAndChangesAreInPercentagePoints() {
        assertThat(new Share(1, 3).percent()).isEqualByComparingTo("33.3");
        assertThat(new Share(2, 3).percent()).isEqualByComparingTo("66.7");
        assertThat(new Share(1, 8).percent()).isEqualByComparingTo("12.5");
        assertThat(new Share(4, 10).pointsChangeFrom(new Share(3, 12))).isEqualByComparingTo(new BigDecimal("15.0"));
        assertThat(new Share(1, 3).pointsChangeFrom(new Share(2, 3))).isEqualByComparingTo(new BigDecimal("-33.3"));
    }

    @Test
    void impossibleResolutionsAreRefused() {
        assertThatThrownBy(() -> new ResolvedTicket(MONDAY, MONDAY.minusSeconds(1), Duration.ZERO, 0, 0, 0, 0, 0, 1))
                .isInstanceOf(RuleViolation.class).hasMessage("A ticket cannot be resolved before it was created.");
        assertThatThrownBy(() -> resolved(1, 1, 0, 0, 0, 0, 0, 0)).isInstanceOf(RuleViolation.class)
                .hasMessage("Tiers are numbered from 1.");
        assertThatThrownBy(() -> resolved(1, 1, -1, 0, 0, 0, 0, 1)).isInstanceOf(RuleViolation.class);
    }
}
