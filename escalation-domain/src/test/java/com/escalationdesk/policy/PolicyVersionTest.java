package com.escalationdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.approval.Money;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyVersionTest {

    final Fixtures f = new Fixtures();
    final Team network = Fixtures.withId(new Team("Network engineering", Fixtures.TIER_2, null));
    final Team platform = Fixtures.withId(new Team("Platform engineering", Fixtures.TIER_3, null));
    final Agent lena = Fixtures.withId(new Agent("lena", "Lena Lead", "lena@example.test", "x", f.frontline,
            Set.of(Role.AGENT, Role.MANAGER)));

    static PolicyRuleInput rule(String name, PolicyStage stage) {
        return new PolicyRuleInput(name, stage, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    static PolicyRuleInput route(String name, PolicyStage stage, Category category, String words, long teamId) {
        return new PolicyRuleInput(name, stage, category, null, null, null, words, null, null, null, null, null, teamId,
                null, null, null, null, null);
    }

    PolicyVersion draft() {
        return Fixtures.withId(PolicyVersion.draftFrom(null, 2, "test", "adam", Fixtures.NOW));
    }

    PolicyFacts facts(Ticket t) {
        return PolicyFacts.of(t, Fixtures.NOW.plus(Duration.ofHours(30)));
    }

    @Test
    void theFirstMatchingRuleOfTheStageDecidesInTheAdminsOrder() {
        PolicyVersion p = draft();
        p.addRule(route("Refunds to billing", PolicyStage.ESCALATION, null, "refund, chargeback", 0), f.billing, null);
        p.addRule(route("Billing to network", PolicyStage.ESCALATION, Category.BILLING, null, 0), network, null);
        p.addRule(route("Intake outages", PolicyStage.INTAKE, null, "outage", 0), network, null);
        Ticket invoice = f.ticket(); // Billing category, "charged twice"

        PolicyVerdict verdict = p.verdict(PolicyStage.ESCALATION, facts(invoice));

        assertThat(verdict.ruleName()).isEqualTo("Billing to network");
        assertThat(verdict.routeTo()).isSameAs(network);
        assertThat(verdict.describe()).isEqualTo("policy v2, rule “Billing to network”");
        assertThat(p.verdict(PolicyStage.INTAKE, facts(invoice)).matched()).isFalse();
    }

    @Test
    void wordsMatchTheSubjectOrDescriptionIgnoringCase() {
        PolicyVersion p = draft();
        p.addRule(route("Charged twice", PolicyStage.INTAKE, null, "  outage ,CHARGED TWICE", 0), f.billing, null);
        assertThat(p.verdict(PolicyStage.INTAKE, facts(f.ticket())).ruleName()).isEqualTo("Charged twice");
        assertThat(p.getRules().get(0).criteriaText()).isEqualTo("words: outage, CHARGED TWICE");
    }

    @Test
    void everyCriterionMustHold() {
        PolicyVersion p = draft();
        p.addRule(new PolicyRuleInput("Enterprise reopened", PolicyStage.ESCALATION, Category.BILLING, Priority.HIGH,
                CustomerSegment.ENTERPRISE, 1, null, null, null, null, 1, 24, null, null, null, null, 30, null),
                null, null);
        Ticket t = f.ticket(); // Business customer, never reopened
        assertThat(p.verdict(PolicyStage.ESCALATION, facts(t)).matched()).isFalse();
        PolicyFacts enterpriseReopened = new PolicyFacts(Category.BILLING, Priority.HIGH, CustomerSegment.ENTERPRISE,
                f.frontline, Fixtures.TIER_1, "x", 1, Duration.ofHours(24), null, null, null);
        assertThat(p.verdict(PolicyStage.ESCALATION, enterpriseReopened).matched()).isTrue();
        PolicyFacts tooYoung = new PolicyFacts(Category.BILLING, Priority.HIGH, CustomerSegment.ENTERPRISE,
                f.frontline, Fixtures.TIER_1, "x", 1, Duration.ofHours(23), null, null, null);
        assertThat(p.verdict(PolicyStage.ESCALATION, tooYoung).matched()).isFalse();
    }

    @Test
    void anEscalationRuleNeverProposesTheTeamThatHasTheTicket() {
        PolicyVersion p = draft();
        p.addRule(route("Billing to specialists", PolicyStage.ESCALATION, Category.BILLING, null, 0), f.billing, null);
        p.addRule(route("Then experts", PolicyStage.ESCALATION, null, null, 0), platform, null);
        Ticket t = f.ticket();
        assertThat(p.verdict(PolicyStage.ESCALATION, facts(t)).routeTo()).isSameAs(f.billing);
        PolicyFacts atBilling = new PolicyFacts(Category.BILLING, Priority.HIGH, CustomerSegment.BUSINESS, f.billing,
                Fixtures.TIER_2, "x", 0, Duration.ZERO, null, null, null);
        assertThat(p.verdict(PolicyStage.ESCALATION, atBilling).routeTo()).isSameAs(platform);
    }

    @Test
    void anEscalationRuleMayAskForTheReasonTheTicketIsEscalatedFor() {
        PolicyVersion p = draft();
        p.addRule(new PolicyRuleInput("Unhappy customers", PolicyStage.ESCALATION, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 30, EscalationReason.DISSATISFACTION), null, null);
        PolicyFacts base = facts(f.ticket());
        assertThat(p.verdict(PolicyStage.ESCALATION, base).matched()).as("no reason chosen yet").isFalse();
        assertThat(p.verdict(PolicyStage.ESCALATION, base.withReason(EscalationReason.KNOWLEDGE)).matched()).isFalse();
        assertThat(p.verdict(PolicyStage.ESCALATION, base.withReason(EscalationReason.DISSATISFACTION)).ruleName())
                .isEqualTo("Unhappy customers");
        assertThatThrownBy(() -> p.addRule(new PolicyRuleInput("Unhappy refunds", PolicyStage.DECISION, null, null, null,
                null, null, null, null, null, null, null, null, AuthorityLevel.MANAGER, null, null, null,
                EscalationReason.DISSATISFACTION), null, null)).isInstanceOf(RuleViolation.class)
                .hasMessage("The escalation reason is a criterion of rules for escalations only.");
    }

    @Test
    void decisionRulesMatchKindAndAmountInTheSameCurrency() {
        PolicyVersion p = draft();
        p.addRule(new PolicyRuleInput("Big refunds", PolicyStage.DECISION, null, null, null, null, null, "refund",
                new BigDecimal("500"), "eur", null, null, null, AuthorityLevel.MANAGER, null, null, null, null), null, null);
        PolicyFacts base = facts(f.ticket());
        assertThat(p.verdict(PolicyStage.DECISION, base.withDecision("REFUND", Money.of("500", "EUR"))).approvalLevel())
                .isEqualTo(AuthorityLevel.MANAGER);
        assertThat(p.verdict(PolicyStage.DECISION, base.withDecision("REFUND", Money.of("499.99", "EUR"))).matched()).isFalse();
        assertThat(p.verdict(PolicyStage.DECISION, base.withDecision("REFUND", Money.of("900", "USD"))).matched()).isFalse();
        assertThat(p.verdict(PolicyStage.DECISION, base.withDecision("GOODWILL_CREDIT", Money.of("900", "EUR"))).matched())
                .isFalse();
    }

    @Test
    void aDecisionRuleReadsWithItsKindsNameAndAnAmountInTheCurrencysCode() {
        PolicyVersion p = draft();
        p.addRule(new PolicyRuleInput("Big credits", PolicyStage.DECISION, null, null, null, null, null, "goodwill_credit",
                new BigDecimal("1500"), "eur", null, null, null, AuthorityLevel.MANAGER, null, null, null, null), null, null);
        PolicyRule rule = p.getRules().get(0);
        assertThat(rule.criteriaText(code -> code.equals("GOODWILL_CREDIT") ? "Goodwill credit" : "?"))
                .isEqualTo("decision: Goodwill credit · amount ≥ 1,500.00 EUR");
        assertThat(rule.criteriaText()).isEqualTo("decision: GOODWILL_CREDIT · amount ≥ 1,500.00 EUR");
    }

    @Test
    void rulesAreRefusedWhenTheirActionsDoNotBelongToTheirStage() {
        PolicyVersion p = draft();
        assertThatThrownBy(() -> p.addRule(rule("Nothing", PolicyStage.INTAKE), null, null))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("Give the rule an action");
        assertThatThrownBy(() -> p.addRule(new PolicyRuleInput("Route a decision", PolicyStage.DECISION, null, null, null,
                null, null, null, null, null, null, null, 1L, null, null, null, null, null), f.billing, null))
                .hasMessageContaining("requires an approval level or notifies");
        assertThatThrownBy(() -> p.addRule(new PolicyRuleInput("Amount at intake", PolicyStage.INTAKE, null, null, null,
                null, null, null, BigDecimal.TEN, "EUR", null, null, null, null, Priority.URGENT, null, null, null), null, null))
                .hasMessageContaining("decision requests only");
        assertThatThrownBy(() -> p.addRule(new PolicyRuleInput("Agent approves", PolicyStage.DECISION, null, null, null,
                null, null, null, null, null, null, null, null, AuthorityLevel.TIER_2_AGENT, null, null, null, null), null, null))
                .hasMessageContaining("does not approve");
        assertThat(p.getRules()).isEmpty();
    }

    @Test
    void aDraftCopiesTheActiveRulesAndPublishedVersionsNeverChange() {
        PolicyVersion v2 = draft();
        v2.addRule(route("A", PolicyStage.INTAKE, null, "outage", 0), network, null);
        v2.addRule(route("B", PolicyStage.INTAKE, null, "refund", 0), f.billing, lena);
        v2.publish("adam", Fixtures.NOW);
        assertThatThrownBy(() -> v2.addRule(route("C", PolicyStage.INTAKE, null, "x", 0), network, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Policy v2 is active and cannot change");

        PolicyVersion v3 = PolicyVersion.draftFrom(v2, 3, null, "adam", Fixtures.NOW);
        assertThat(v3.getRules()).extracting(PolicyRule::getName).containsExactly("A", "B");
        assertThat(v3.getRules().get(1).actionText()).isEqualTo("route to Billing specialists · notify Lena Lead");
        v3.getRules().forEach(Fixtures::withId);
        v3.moveRule(v3.getRules().get(1).getId(), true);
        assertThat(v3.getRules()).extracting(PolicyRule::getName).containsExactly("B", "A");
        assertThat(v3.getRules()).extracting(PolicyRule::getPosition).containsExactly(0, 1);
        assertThatThrownBy(() -> v3.moveRule(v3.getRules().get(0).getId(), true)).hasMessageContaining("already the first");
        v3.removeRule(v3.getRules().get(0).getId());
        assertThat(v3.getRules()).extracting(PolicyRule::getName).containsExactly("A");
        assertThat(v2.getRules()).extracting(PolicyRule::getName).containsExactly("A", "B");
    }

    @Test
    void anEscalationIsOverdueWhenTheRuleOrDefaultTimeToAcceptHasPassed() {
        PolicyVersion p = draft();
        p.addRule(new PolicyRuleInput("Fast billing", PolicyStage.ESCALATION, Category.BILLING, null, null, null, null,
                null, null, null, null, null, null, null, null, null, 30, null), f.billing, null);
        Instant now = Fixtures.NOW;
        assertThat(p.verdict(PolicyStage.ESCALATION, facts(f.ticket())).acceptBy(now)).isEqualTo(now.plusSeconds(1800));
        PolicyFacts other = new PolicyFacts(Category.NETWORK, Priority.LOW, CustomerSegment.STANDARD, f.frontline,
                Fixtures.TIER_1, "x", 0, Duration.ZERO, null, null, null);
        assertThat(p.verdict(PolicyStage.ESCALATION, other).acceptBy(now))
                .isEqualTo(now.plus(Duration.ofMinutes(PolicyVersion.DEFAULT_ACCEPT_MINUTES)));
    }

    @Test
    void aDryRunShowsBothOutcomesAndMarksTheTicketsThatWouldChange() {
        PolicyVersion current = draft();
        current.addRule(route("Billing to specialists", PolicyStage.ESCALATION, Category.BILLING, null, 0), f.billing, null);
        current.publish("adam", Fixtures.NOW);
        PolicyVersion draft = PolicyVersion.draftFrom(current, 3, null, "adam", Fixtures.NOW);
        draft.addRule(route("Outages to network", PolicyStage.INTAKE, null, "outage", 0), network, null);
        Ticket invoice = f.ticket();
        Ticket outage = Fixtures.withId(new Ticket(f.customer, "Outage in Berlin", "Nothing works", Category.NETWORK,
                Priority.URGENT, f.alice, Fixtures.NOW));
        outage.assignNumber();

        DryRunReport report = PolicyDryRun.compare(current, draft, List.of(
                new DryRunCase(invoice.getNumber(), invoice.getSubject(), facts(invoice)),
                new DryRunCase(outage.getNumber(), outage.getSubject(), facts(outage))));

        assertThat(report.changed()).isEqualTo(1);
        assertThat(report.rows().get(0).differs()).isFalse();
        assertThat(report.rows().get(0).current())
                .isEqualTo("When an agent escalates: propose Billing specialists (“Billing to specialists”)");
        assertThat(report.rows().get(1).current()).isEqualTo("No rule applies");
        assertThat(report.rows().get(1).draft()).isEqualTo("At intake: route to Network engineering (“Outages to network”)");
    }
}
