package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outliers worked out by hand with the two-proportion z-test. */
class TrainingNeedsTest {

    private static List<TrainingNeeds.Handled> tickets(String agent, int tier, String category, int escalated, int resolved) {
        List<TrainingNeeds.Handled> list = new ArrayList<>();
        for (int i = 0; i < escalated + resolved; i++) {
            list.add(new TrainingNeeds.Handled(agent, tier, category, agent + category + i, i < escalated));
        }
        return list;
    }

    @Test
    void anAgentWhoEscalatesFarMoreThanTheirPeersOnACategoryIsFlagged() {
        List<TrainingNeeds.Handled> handled = new ArrayList<>();
        // tom escalates 8 of 10 billing tickets; alice 2 of 10 and lena 2 of 10: peers 4 of 20 (20%)
        handled.addAll(tickets("tom", 1, "BILLING", 8, 2));
        handled.addAll(tickets("alice", 1, "BILLING", 2, 8));
        handled.addAll(tickets("lena", 1, "BILLING", 2, 8));
        // on network tom is like the others
        handled.addAll(tickets("tom", 1, "NETWORK", 3, 7));
        handled.addAll(tickets("alice", 1, "NETWORK", 3, 7));
        // bob at Tier 2 is compared with Tier 2 only: he has no peers there
        handled.addAll(tickets("bob", 2, "BILLING", 9, 1));

        TrainingNeeds needs = TrainingNeeds.of(handled);

        // p1 = 0.8, p2 = 0.2, pooled 12/30 = 0.4; error = sqrt(0.4 * 0.6 * (1/10 + 1/20)) = 0.19; z = 0.6 / 0.19 = 3.16
        assertThat(needs.outliers()).containsExactly(new TrainingNeeds.Row("tom", 1, "BILLING", new Share(8, 10), new Share(4, 20), true));
        assertThat(needs.rows()).filteredOn(r -> r.agent().equals("tom") && r.category().equals("NETWORK")).singleElement()
                .satisfies(r -> assertThat(r.peers()).isEqualTo(new Share(3, 10)));
        assertThat(needs.rows()).filteredOn(r -> r.agent().equals("bob")).singleElement()
                .satisfies(r -> assertThat(r.peers()).isEqualTo(new Share(0, 0)));
    }

    @Test
    void aGapTooSmallOrTooUncertainIsNotFlagged() {
        // 5 of 5 against 3 of 5: 40 points, but z = 0.4 / sqrt(0.8 * 0.2 * 0.4) = 1.58
        assertThat(TrainingNeeds.clearOutlier(new Share(5, 5), new Share(3, 5))).isFalse();
        // 40 of 100 against 30 of 100: z = 1.48, and only 10 points
        assertThat(TrainingNeeds.clearOutlier(new Share(40, 100), new Share(30, 100))).isFalse();
        // 60 of 100 against 40 of 100: 20 points, z = 0.2 / sqrt(0.5 * 0.5 * 0.02) = 2.83
        assertThat(TrainingNeeds.clearOutlier(new Share(60, 100), new Share(40, 100))).isTrue();
        // too few tickets to say anything
        assertThat(TrainingNeeds.clearOutlier(new Share(4, 4), new Share(0, 50))).isFalse();
    }

    @Test
    void aTicketEscalatedAndLaterResolvedByTheSameAgentCountsOnceAsEscalated() {
        TrainingNeeds needs = TrainingNeeds.of(List.of(new TrainingNeeds.Handled("tom", 1, "BILLING", "ESC-1", true),
                new TrainingNeeds.Handled("tom", 1, "BILLING", "ESC-1", false)));
        assertThat(needs.rows()).singleElement().satisfies(r -> assertThat(r.escalated()).isEqualTo(new Share(1, 1)));
    }
}
