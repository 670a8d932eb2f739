package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.approval.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cost of the {@link FourResolutions}, priced by hand at 22, 69 and 104 euros per ticket at tiers 1, 2 and 3. */
class EscalationCostTest {

    private static final Map<String, Integer> TIER_OF_TEAM = FourResolutions.TIER_OF_TEAM;
    private static final Map<Integer, Money> COST = Map.of(1, Money.of("22", "EUR"), 2, Money.of("69", "EUR"),
            3, Money.of("104", "EUR"));

    @Test
    void eachTicketCostsItsTiersAndAnEscalationDivertsTheSeniorOnes() {
        // A's resolution used an article from an escalated case; B's article would not count, as B was escalated
        EscalationCost cost = EscalationCost.of(FourResolutions.ALL, TIER_OF_TEAM, COST, Set.of("A", "B"));

        // 22 + (22 + 69) + (22 + 104) + 22
        assertThat(cost.handled()).isEqualByComparingTo("261.00");
        assertThat(cost.diverted()).isEqualByComparingTo("173.00");
        assertThat(cost.escalated()).isEqualTo(2);
        assertThat(cost.divertedByReason()).isEqualTo(Map.of("Knowledge", new BigDecimal("69.00"), "Complexity",
                new BigDecimal("104.00")));
        assertThat(cost.divertedByTeam()).isEqualTo(Map.of("Frontline", new BigDecimal("173.00")));
        assertThat(cost.currency()).isEqualTo("EUR");
        assertThat(cost.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50 EUR");
        // A was resolved at Tier 1: the escalation it avoided would have diverted a Tier 2 ticket's cost
        assertThat(cost.avoidedByKnowledge()).isEqualTo(1);
        assertThat(cost.savedByKnowledge()).isEqualByComparingTo("69.00");
    }

    @Test
    void withoutCostsNothingIsPriced() {
        EscalationCost cost = EscalationCost.of(List.of(FourResolutions.A), TIER_OF_TEAM, Map.of(), Set.of("A"));

        assertThat(cost.currency()).isNull();
        assertThat(cost.handled()).isEqualByComparingTo("0");
        assertThat(cost.avoidedByKnowledge()).isEqualTo(1);
        assertThat(cost.savedByKnowledge()).isEqualByComparingTo("0");
    }
}
