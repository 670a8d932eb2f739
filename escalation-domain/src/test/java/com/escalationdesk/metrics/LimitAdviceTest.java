package com.escalationdesk.metrics;

import static com.escalationdesk.approval.DecisionState.APPROVED;
import static com.escalationdesk.approval.DecisionState.DECIDED_WITHIN_AUTHORITY;
import static com.escalationdesk.approval.DecisionState.PENDING;
import static com.escalationdesk.approval.DecisionState.REJECTED;
import static com.escalationdesk.approval.DecisionState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.approval.Money;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitAdviceTest {

    private static final Money FIFTY = Money.of("50", "EUR");

    private static LimitAdvice.Request request(String amount, DecisionState state) {
        return new LimitAdvice.Request(Money.of(amount, "EUR"), state);
    }

    /** A Tier 1 agent's refunds of a quarter, against a limit of 50 EUR. */
    private static final List<LimitAdvice.Request> REFUNDS = List.of(request("20", DECIDED_WITHIN_AUTHORITY),
            request("45", DECIDED_WITHIN_AUTHORITY), request("60", APPROVED), request("80", APPROVED), request("95", REJECTED),
            request("100", WITHDRAWN), request("100", PENDING), request("150", APPROVED), request("300", REJECTED),
            new LimitAdvice.Request(Money.of("70", "USD"), APPROVED));

    @Test
    void raisingALimitCountsTheRequestsAboveItThatTheNewOneCoversAndTheMoneyDecidedWithoutAnApprover() {
        LimitAdvice advice = LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, Money.of("100", "EUR"), REFUNDS);

        assertThat(advice.requested()).isEqualTo(10);
        assertThat(advice.withinNow()).isEqualTo(2);
        assertThat(advice.aboveNow()).isEqualTo(8);
        // 60, 80, 95, 100 and 100 EUR; not 150 or 300 EUR, nor 70 USD in another currency
        assertThat(advice.wouldBeWithin()).isEqualTo(5);
        assertThat(advice.approved()).isEqualTo(2);
        assertThat(advice.rejected()).isEqualTo(1);
        assertThat(advice.withdrawn()).isEqualTo(1);
        assertThat(advice.waiting()).isEqualTo(1);
        assertThat(advice.decidedAlone()).isEqualTo(new BigDecimal("435.00"));
        assertThat(advice.rejectedAmount()).isEqualTo(new BigDecimal("95.00"));
    }

    @Test
    void theSuggestionIsTheHighestAmountApprovedAsAskedBelowTheLowestRejected() {
        assertThat(LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, Money.of("100", "EUR"), REFUNDS).suggested())
                .isEqualTo(Money.of("80", "EUR"));
        // a rejection below today's limit (from when it was lower) does not bear on raising it: 180 is the highest approved
        assertThat(LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, Money.of("200", "EUR"),
                List.of(request("60", APPROVED), request("180", APPROVED), request("40", REJECTED))).suggested())
                .isEqualTo(Money.of("180", "EUR"));
        // nothing above today's limit was approved: no suggestion
        assertThat(LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, Money.of("200", "EUR"),
                List.of(request("45", APPROVED), request("60", REJECTED))).suggested()).isNull();
    }

    @Test
    void withoutAnAmountProposedTheAdviceHasTodaysFiguresAndTheSuggestionAlone() {
        LimitAdvice advice = LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, null, REFUNDS);
        assertThat(advice.aboveNow()).isEqualTo(8);
        assertThat(advice.wouldBeWithin()).isZero();
        assertThat(advice.suggested()).isEqualTo(Money.of("80", "EUR"));
    }

    @Test
    void aKindWithoutAnAmountCountsEveryRequestThatWentToApprovers() {
        LimitAdvice advice = LimitAdvice.of("Contract exception", false, AuthorityLevel.TEAM_LEAD, null, null, List.of(
                new LimitAdvice.Request(null, APPROVED), new LimitAdvice.Request(null, REJECTED)));
        assertThat(advice.wouldBeWithin()).isEqualTo(2);
        assertThat(advice.approved()).isEqualTo(1);
        assertThat(advice.decidedAlone()).isEqualTo(new BigDecimal("0.00"));
        assertThat(advice.suggested()).isNull();
    }

    @Test
    void aProposalMustRaiseTheLimitInItsCurrency() {
        assertThatThrownBy(() -> LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, Money.of("50", "EUR"), REFUNDS))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Tier 1 agents may decide a refund up to 50.00 EUR already: work out a higher limit in EUR.");
        assertThatThrownBy(() -> LimitAdvice.of("Refund", true, AuthorityLevel.TIER_1_AGENT, FIFTY, Money.of("500", "USD"), REFUNDS))
                .isInstanceOf(RuleViolation.class);
    }
}
