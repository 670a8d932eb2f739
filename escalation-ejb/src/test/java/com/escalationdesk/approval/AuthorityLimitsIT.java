package com.escalationdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The admin changes authority limits and kinds of decision; requests follow at once. */
class AuthorityLimitsIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    AuthorityLimits limits;

    @Inject
    Approvals approvals;

    @Inject
    Tickets tickets;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Test
    void raisingTheFrontlinesLimitLetsItDecideMoreAlone() {
        signIn.as("alice");
        String number = tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), "Refund 80", "d", Category.BILLING,
                Priority.LOW));
        assertThat(approvals.request(refund(number, "80")).state()).isEqualTo(DecisionState.PENDING);

        signIn.as("adam");
        limits.setLimit("REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("100"), "EUR");
        try {
            assertThat(limits.limits()).anyMatch(l -> l.kindCode().equals("REFUND") && l.level() == AuthorityLevel.TIER_1_AGENT
                    && l.max().equals("up to 100.00 EUR"));
            signIn.as("alice");
            assertThat(approvals.request(refund(number, "80")).state()).isEqualTo(DecisionState.DECIDED_WITHIN_AUTHORITY);
        } finally {
            signIn.as("adam");
            limits.setLimit("REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("50"), "EUR");
        }
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).extracting(TimelineEntry::summary)
                .contains("Tier 1 agent may decide a refund up to 100.00 EUR", "Tier 1 agent may decide a refund up to 50.00 EUR");
    }

    @Test
    void aNewKindOfDecisionCanBeRequestedOnceItHasLimitsAndNotAfterItIsRetired() {
        signIn.as("adam");
        limits.addKind("SHIPPING_WAIVER", "Shipping fee waiver", true);
        assertThatThrownBy(() -> limits.addKind("shipping waiver", "Again", true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("exists already");
        limits.setLimit("SHIPPING_WAIVER", AuthorityLevel.TIER_1_AGENT, new BigDecimal("15"), "EUR");

        signIn.as("alice");
        String number = tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), "Waive shipping", "d",
                Category.BILLING, Priority.LOW));
        assertThat(approvals.kinds()).extracting(DecisionKindOption::code).contains("SHIPPING_WAIVER");
        assertThat(approvals.request(new NewDecisionRequest(number, "SHIPPING_WAIVER", new BigDecimal("9.90"), "EUR",
                "Parcel arrived late")).state()).isEqualTo(DecisionState.DECIDED_WITHIN_AUTHORITY);

        signIn.as("adam");
        limits.removeLimit("SHIPPING_WAIVER", AuthorityLevel.TIER_1_AGENT);
        limits.retireKind("SHIPPING_WAIVER");
        signIn.as("alice");
        assertThat(approvals.kinds()).extracting(DecisionKindOption::code).doesNotContain("SHIPPING_WAIVER");
        assertThatThrownBy(() -> approvals.request(new NewDecisionRequest(number, "SHIPPING_WAIVER", BigDecimal.TEN, "EUR", "x")))
                .isInstanceOf(RuleViolation.class).hasMessage("Choose the kind of decision.");
    }

    @Test
    void aMonetaryLimitNeedsAValidAmount() {
        signIn.as("adam");
        assertThatThrownBy(() -> limits.setLimit("REFUND", AuthorityLevel.TEAM_LEAD, null, "EUR"))
                .isInstanceOf(RuleViolation.class).hasMessage("The amount is required.");
        assertThatThrownBy(() -> limits.setLimit("REFUND", AuthorityLevel.TEAM_LEAD, new BigDecimal("-1"), "EUR"))
                .isInstanceOf(RuleViolation.class).hasMessage("The amount must be more than zero.");
    }

    private static NewDecisionRequest refund(String number, String amount) {
        return new NewDecisionRequest(number, "REFUND", new BigDecimal(amount), "EUR", "Late delivery");
    }
}
