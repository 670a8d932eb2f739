package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeImpactTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aChangeIsComparedOverTwoWeeksEitherSideOrTheDaysSinceItWhenFewer() {
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofDays(30)), NOW)).isEqualTo(Duration.ofDays(14));
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofDays(5)), NOW)).isEqualTo(Duration.ofDays(5));
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(Duration.ofDays(1));
        // made late yesterday: today is a whole day after it
        assertThat(ChangeImpact.span(Instant.parse("2026-12-01T23:30:00Z"), NOW)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theDayOfTheChangeCountsOnNeitherSide() {
        Instant at = Instant.parse("2026-11-20T15:00:00Z");
        Duration span = ChangeImpact.span(at, NOW);
        assertThat(span).isEqualTo(Duration.ofDays(12));
        assertThat(ChangeImpact.before(at, span)).containsExactly(Instant.parse("2026-11-08T00:00:00Z"),
                Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(ChangeImpact.after(at, span)).containsExactly(Instant.parse("2026-11-21T00:00:00Z"),
                Instant.parse("2026-12-03T00:00:00Z"));
    }

    @Test
    void aChangeMadeTodayIsTooRecentToCompare() {
        assertThat(ChangeImpact.span(Instant.parse("2026-12-02T00:00:00Z"), NOW)).isNull();
        assertThat(new ChangeImpact(NOW, "Policy v3 published", null, null, null).compared()).isFalse();
    }
}
