package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The early-warning rule against usual ranges worked out by hand. */
class EarlyWarningTest {

    private static final EarlyWarningThreshold TWO = EarlyWarningThreshold.DEFAULT;
    private static final EarlyWarningThreshold ONE = new EarlyWarningThreshold(new java.math.BigDecimal("1"), 5);

    private static Share percent(int rate) {
        return new Share(rate, 100);
    }

    /** Weeks of 20, 30, 20, 30%: mean 25, standard deviation 5, so the usual range goes up to 35% at two deviations. */
    private static final List<Share> STEADY = List.of(percent(20), percent(30), percent(20), percent(30));

    @Test
    void aWeekAboveMeanPlusTwoDeviationsWarns() {
        EarlyWarning warning = EarlyWarning.check("Escalation rate", STEADY, percent(36), TWO).orElseThrow();

        assertThat(warning.usualMean()).isEqualByComparingTo("25.0");
        assertThat(warning.upperBound()).isEqualByComparingTo("35.0");
        assertThat(warning.rate()).isEqualByComparingTo("36.0");
        assertThat(warning.describe()).isEqualTo("Escalation rate 36.0% this week, above its usual range (mean 25.0%, up to 35.0%)");
    }

    @Test
    void aWeekAtTheTopOfTheRangeDoesNot() {
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(35), TWO)).isEmpty();
    }

    @Test
    void theThresholdIsConfigurable() {
        // one deviation: up to 30%
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(31), ONE)).isPresent();
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(31), TWO)).isEmpty();
        // a least rise of 12 points lifts the bound to 37%, above two deviations' 35%
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(36), new EarlyWarningThreshold(new java.math.BigDecimal("2"), 12)))
                .isEmpty();
        assertThatThrownBy(() -> new EarlyWarningThreshold(java.math.BigDecimal.ZERO, 5))
                .hasMessage("The usual range ends 0.5 to 5 standard deviations above the mean, not 0.");
        assertThatThrownBy(() -> new EarlyWarningThreshold(new java.math.BigDecimal("1.25"), 5))
                .hasMessage("Give the standard deviations with at most one decimal, such as 1.5.");
        assertThatThrownBy(() -> new EarlyWarningThreshold(new java.math.BigDecimal("2"), 0))
                .hasMessage("The least rise is 1 to 50 percentage points, not 0.");
        assertThat(ONE.describe()).isEqualTo("1.0 standard deviations, at least 5 points above the mean");
    }

    @Test
    void theWatchShowsTheRangeWhetherOrNotItWarns() {
        EarlyWarning.Watch calm = EarlyWarning.watch("Escalation rate", STEADY, percent(30), TWO);
        assertThat(calm.usualMean()).isEqualByComparingTo("25.0");
        assertThat(calm.upperBound()).isEqualByComparingTo("35.0");
        assertThat(calm.warned()).isFalse();
        assertThat(EarlyWarning.watch("Escalation rate", STEADY, percent(36), TWO).warned()).isTrue();
        assertThat(EarlyWarning.watch("Escalation rate", STEADY.subList(0, 3), percent(90), TWO).upperBound()).as("no range yet").isNull();
    }

    @Test
    void weeksAllAlikeNeedARiseOfFivePoints() {
        List<Share> alike = List.of(percent(20), percent(20), percent(20), percent(20));

        assertThat(EarlyWarning.check("Exacerbation rate", alike, percent(25), TWO)).isEmpty();
        assertThat(EarlyWarning.check("Exacerbation rate", alike, percent(26), TWO)).isPresent();
    }

    @Test
    void quietWeeksAndAShortHistoryGiveNoUsualRange() {
        // 1 of 4 is 25%, but four resolutions say too little
        assertThat(EarlyWarning.check("Escalation rate", STEADY, new Share(3, 4), TWO)).isEmpty();
        List<Share> withQuietWeeks = List.of(percent(20), new Share(0, 3), percent(30), new Share(4, 4), percent(20));
        assertThat(EarlyWarning.check("Escalation rate", withQuietWeeks, percent(90), TWO)).as("three weeks count").isEmpty();
    }

    @Test
    void onlyTheLastEightWeeksCount() {
        // four old weeks at 90% fall out of the range; the last eight alternate 20 and 30%
        List<Share> weeks = List.of(percent(90), percent(90), percent(90), percent(90), percent(20), percent(30), percent(20),
                percent(30), percent(20), percent(30), percent(20), percent(30));

        assertThat(EarlyWarning.check("Escalation rate", weeks, percent(36), TWO)).isPresent();
    }
}
