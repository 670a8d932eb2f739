package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeImpactTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aChangeIsComparedOverTwoWeeksEitherSideOrTheTimeSinceItWhenShorter() {
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofDays(30)), NOW)).isEqualTo(Duration.ofDays(14));
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofDays(5)), NOW)).isEqualTo(Duration.ofDays(5));
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aChangeLessThanADayOldIsTooRecentToCompare() {
        assertThat(ChangeImpact.span(NOW.minus(Duration.ofHours(23)), NOW)).isNull();
        assertThat(new ChangeImpact(NOW, "Policy v3 published", null, null, null).compared()).isFalse();
    }
}
