package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The early-warning rule against usual ranges worked out by hand. */
class EarlyWarningTest {

    private static Share percent(int rate) {
        return new Share(rate, 100);
    }

    /** Weeks of 20, 30, 20, 30%: mean 25, standard deviation 5, so the usual range goes up to 35% at two deviations. */
    private static final List<Share> STEADY = List.of(percent(20), percent(30), percent(20), percent(30));

    @Test
    void aWeekAboveMeanPlusTwoDeviationsWarns() {
        EarlyWarning warning = EarlyWarning.check("Escalation rate", STEADY, percent(36), 2.0).orElseThrow();

        assertThat(warning.usualMean()).isEqualByComparingTo("25.0");
        assertThat(warning.upperBound()).isEqualByComparingTo("35.0");
        assertThat(warning.rate()).isEqualByComparingTo("36.0");
        assertThat(warning.describe()).isEqualTo("Escalation rate 36.0% this week, above its usual range (mean 25.0%, up to 35.0%)");
    }

    @Test
    void aWeekAtTheTopOfTheRangeDoesNot() {
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(35), 2.0)).isEmpty();
    }

    @Test
    void theThresholdIsConfigurable() {
        // one deviation: up to 30%
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(31), 1.0)).isPresent();
        assertThat(EarlyWarning.check("Escalation rate", STEADY, percent(31), 2.0)).isEmpty();
        assertThatThrownBy(() -> EarlyWarning.check("Escalation rate", STEADY, percent(31), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksAllAlikeNeedARiseOfFivePoints() {
        List<Share> alike = List.of(percent(20), percent(20), percent(20), percent(20));

        assertThat(EarlyWarning.check("Exacerbation rate", alike, percent(25), 2.0)).isEmpty();
        assertThat(EarlyWarning.check("Exacerbation rate", alike, percent(26), 2.0)).isPresent();
    }

    @Test
    void quietWeeksAndAShortHistoryGiveNoUsualRange() {
        // 1 of 4 is 25%, but four resolutions say too little
        assertThat(EarlyWarning.check("Escalation rate", STEADY, new Share(3, 4), 2.0)).isEmpty();
        List<Share> withQuietWeeks = List.of(percent(20), new Share(0, 3), percent(30), new Share(4, 4), percent(20));
        assertThat(EarlyWarning.check("Escalation rate", withQuietWeeks, percent(90), 2.0)).as("three weeks count").isEmpty();
    }

    @Test
    void onlyTheLastEightWeeksCount() {
        // four old weeks at 90% fall out of the range; the last eight alternate 20 and 30%
        List<Share> weeks = List.of(percent(90), percent(90), percent(90), percent(90), percent(20), percent(30), percent(20),
                percent(30), percent(20), percent(30), percent(20), percent(30));

        assertThat(EarlyWarning.check("Escalation rate", weeks, percent(36), 2.0)).isPresent();
    }
}
