package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.metrics.ServiceLevelCompliance.EndedClock;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bounce rate, time to accept and service-level compliance against figures worked out by hand. */
class EscalationAndServiceLevelMetricsTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-03T10:00:00Z");

    private static HandledEscalation accepted(int minutes) {
        return new HandledEscalation(REQUESTED, REQUESTED.plus(Duration.ofMinutes(minutes)), true);
    }

    private static HandledEscalation returned(int minutes) {
        return new HandledEscalation(REQUESTED, REQUESTED.plus(Duration.ofMinutes(minutes)), false);
    }

    @Test
    void bounceRateIsReturnedOverDecidedAndTimeToAcceptCountsOnlyAcceptedOnes() {
        EscalationMetrics m = EscalationMetrics.of(List.of(accepted(10), accepted(30), returned(5), accepted(120),
                new HandledEscalation(REQUESTED, null, false), returned(60), accepted(20)));

        assertThat(m.decided()).as("the waiting one is not decided").isEqualTo(6);
        assertThat(m.bounced()).isEqualTo(new Share(2, 6));
        assertThat(m.bounced().percent()).isEqualByComparingTo("33.3");
        // accepted after 10, 20, 30 and 120 minutes
        assertThat(m.timeToAccept()).isEqualTo(new DurationFigures(4, Duration.ofMinutes(45), Duration.ofMinutes(25),
                Duration.ofMinutes(120)));
    }

    @Test
    void anEscalationCannotBeDecidedBeforeItWasAskedForNorAcceptedWithoutATime() {
        assertThatThrownBy(() -> new HandledEscalation(REQUESTED, REQUESTED.minusSeconds(1), true))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new HandledEscalation(REQUESTED, null, true)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void complianceCountsClocksThatEndedMetOrMissedPerKind() {
        Map<SlaKind, Share> compliance = ServiceLevelCompliance.of(List.of(
                new EndedClock(SlaKind.FIRST_RESPONSE, SlaStatus.MET), new EndedClock(SlaKind.FIRST_RESPONSE, SlaStatus.MET),
                new EndedClock(SlaKind.FIRST_RESPONSE, SlaStatus.MISSED),
                new EndedClock(SlaKind.FIRST_RESPONSE, SlaStatus.REPLACED),
                new EndedClock(SlaKind.FIRST_RESPONSE, SlaStatus.BREACHED),
                new EndedClock(SlaKind.RESOLUTION, SlaStatus.MISSED), new EndedClock(SlaKind.RESOLUTION, SlaStatus.MISSED),
                new EndedClock(SlaKind.RESOLUTION, SlaStatus.MET), new EndedClock(SlaKind.RESOLUTION, SlaStatus.MET),
                new EndedClock(SlaKind.RESOLUTION, SlaStatus.MET)));

        assertThat(compliance.get(SlaKind.FIRST_RESPONSE)).as("replaced and still running clocks left out")
                .isEqualTo(new Share(2, 3));
        assertThat(compliance.get(SlaKind.FIRST_RESPONSE).percent()).isEqualByComparingTo("66.7");
        assertThat(compliance.get(SlaKind.RESOLUTION)).isEqualTo(new Share(3, 5));
        assertThat(compliance.get(SlaKind.NEXT_UPDATE).percent()).as("no clock of that kind ended").isNull();
    }
}
