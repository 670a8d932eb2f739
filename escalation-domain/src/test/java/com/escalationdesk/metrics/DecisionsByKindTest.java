package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.approval.DecisionState;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionsByKindTest {

    @Test
    void eachKindSplitsWithinTheLimitFromAboveItAndCountsHowTheApproversDecided() {
        DecisionsByKind figures = DecisionsByKind.of(List.of(
                decision("Refund", DecisionState.DECIDED_WITHIN_AUTHORITY),
                decision("Refund", DecisionState.APPROVED),
                decision("Goodwill credit", DecisionState.PENDING),
                decision("Refund", DecisionState.APPROVED),
                decision("Refund", DecisionState.REJECTED),
                decision("Refund", DecisionState.WITHDRAWN),
                decision("Refund", DecisionState.APPROVED),
                decision("Refund", DecisionState.PENDING)));

        assertThat(figures.kinds()).extracting(DecisionsByKind.Kind::kind).containsExactly("Goodwill credit", "Refund");
        // 7 refunds: 1 within the limit, 6 above it; of the 4 decided above it, 3 approved as asked
        assertThat(figures.kinds().get(1)).isEqualTo(new DecisionsByKind.Kind("Refund", 7, 1, 6, 3, 1, 1, 1, new Share(3, 4)));
        // one waiting credit: none decided above the limit, so no share to show
        assertThat(figures.kinds().get(0)).isEqualTo(new DecisionsByKind.Kind("Goodwill credit", 1, 0, 1, 0, 0, 0, 1, new Share(0, 0)));
    }

    private static DecisionsByKind.Decision decision(String kind, DecisionState state) {
        return new DecisionsByKind.Decision(kind, state);
    }
}
