package com.escalationdesk.approval;

import static com.escalationdesk.directory.AuthorityLevel.DIRECTOR;
import static com.escalationdesk.directory.AuthorityLevel.MANAGER;
import static com.escalationdesk.directory.AuthorityLevel.TEAM_LEAD;
import static com.escalationdesk.directory.AuthorityLevel.TIER_1_AGENT;
import static com.escalationdesk.directory.AuthorityLevel.TIER_2_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalChainTest {

    static final DecisionKind REFUND = new DecisionKind("REFUND", "Refund", true);
    static final DecisionKind EXCEPTION = new DecisionKind("CONTRACT_EXCEPTION", "Contract exception", false);
    static final List<AuthorityLimit> LIMITS = List.of(
            new AuthorityLimit(TIER_1_AGENT, REFUND, Money.of("50", "EUR")),
            new AuthorityLimit(TIER_2_AGENT, REFUND, Money.of("200", "EUR")),
            new AuthorityLimit(TEAM_LEAD, REFUND, Money.of("500", "EUR")),
            new AuthorityLimit(MANAGER, REFUND, Money.of("2000", "EUR")),
            new AuthorityLimit(DIRECTOR, REFUND, Money.of("10000", "EUR")),
            new AuthorityLimit(MANAGER, EXCEPTION, null));

    @Test
    void withinTheirOwnLimitTheFrontlineDecidesAlone() {
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("49.99", "EUR"), LIMITS)).isEmpty();
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("50.00", "EUR"), LIMITS)).isEmpty();
    }

    @Test
    void aboveItTheRequestClimbsToTheLowestLevelThatCoversIt() {
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("120", "EUR"), LIMITS)).containsExactly(TEAM_LEAD);
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("1200", "EUR"), LIMITS)).containsExactly(TEAM_LEAD, MANAGER);
        assertThat(ApprovalChain.levelsFor(TIER_2_AGENT, REFUND, Money.of("7500", "EUR"), LIMITS))
                .containsExactly(TEAM_LEAD, MANAGER, DIRECTOR);
        assertThat(ApprovalChain.levelsFor(TEAM_LEAD, REFUND, Money.of("1200", "EUR"), LIMITS)).containsExactly(MANAGER);
    }

    @Test
    void anAmountBeyondEveryLimitOrInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("20000", "EUR"), LIMITS))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Nobody's authority covers a refund of 20,000.00 EUR; an admin must raise the authority limits.");
        assertThatThrownBy(() -> ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("10", "USD"), LIMITS))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aKindWithoutAmountGoesToTheFirstLevelThatMayDecideIt() {
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, EXCEPTION, null, LIMITS)).containsExactly(TEAM_LEAD, MANAGER);
    }

    @Test
    void moneyIsExactAndValidated() {
        assertThat(Money.of("12.5", "eur")).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(Money.of("1240", "EUR").toString()).isEqualTo("1,240.00 EUR");
        assertThatThrownBy(() -> Money.of("0", "EUR")).hasMessage("The amount must be more than zero.");
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).hasMessage("The amount can have at most two decimals.");
        assertThatThrownBy(() -> Money.of("5", "XYZ1")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPolicyRequiredLevelLiftsTheChainAboveWhatTheLimitsNeed() {
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("40", "EUR"), LIMITS, MANAGER))
                .containsExactly(TEAM_LEAD, MANAGER);
        assertThat(ApprovalChain.levelsFor(TIER_1_AGENT, REFUND, Money.of("1200", "EUR"), LIMITS, TEAM_LEAD))
                .as("a lower required level changes nothing").containsExactly(TEAM_LEAD, MANAGER);
        assertThat(ApprovalChain.levelsFor(TEAM_LEAD, REFUND, Money.of("100", "EUR"), LIMITS, TEAM_LEAD))
                .as("a requester at the required level with authority decides alone").isEmpty();
    }
}
