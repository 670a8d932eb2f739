package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.escalation.EscalationState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyFiguresTest {

    private static MyFigures.Escalation escalation(String ticket, String at, EscalationState state, MyFigures.Rating rating) {
        return new MyFigures.Escalation(ticket, Instant.parse(at), "Billing specialists", state, rating);
    }

    @Test
    void anAgentsEscalationsCountHowTheyWereDecidedAndAverageTheirHandoffRatings() {
        MyFigures.Escalations e = MyFigures.Escalations.of(List.of(
                escalation("ESC-1", "2026-11-20T09:00:00Z", EscalationState.ACCEPTED, new MyFigures.Rating(5, 4, 5, null, false)),
                escalation("ESC-2", "2026-11-22T09:00:00Z", EscalationState.RETURNED, new MyFigures.Rating(2, 3, 1, "Wrong team", true)),
                escalation("ESC-3", "2026-11-21T09:00:00Z", EscalationState.ACCEPTED, new MyFigures.Rating(4, 4, 4, null, false)),
                escalation("ESC-4", "2026-11-23T09:00:00Z", EscalationState.REQUESTED, null)));

        assertThat(e.requested()).isEqualTo(4);
        assertThat(e.accepted()).isEqualTo(2);
        assertThat(e.returned()).isEqualTo(1);
        assertThat(e.waiting()).isEqualTo(1);
        assertThat(e.rated()).isEqualTo(3);
        assertThat(e.poor()).isEqualTo(1);
        // (5 + 2 + 4) / 3 = 3.67 → 3.7; (4 + 3 + 4) / 3 = 3.67 → 3.7; (5 + 1 + 4) / 3 = 3.33 → 3.3
        assertThat(e.meanComplete()).isEqualTo(new BigDecimal("3.7"));
        assertThat(e.meanStepsListed()).isEqualTo(new BigDecimal("3.7"));
        assertThat(e.meanRightTeam()).isEqualTo(new BigDecimal("3.3"));
        assertThat(e.list()).extracting(MyFigures.Escalation::ticket).containsExactly("ESC-4", "ESC-2", "ESC-3", "ESC-1");
    }

    @Test
    void withoutRatingsThereIsNoMean() {
        MyFigures.Escalations e = MyFigures.Escalations.of(List.of());
        assertThat(e.requested()).isZero();
        assertThat(e.meanComplete()).isNull();
    }
}
