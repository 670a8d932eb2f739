package com.escalationdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DecisionRequestView;
import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.approval.NewDecisionRequest;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.PendingEscalation;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.NotificationView;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketDetails;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import com.escalationdesk.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The escalation policy applied by the services on Payara Micro: the demo's published version 2
 * routes at intake, proposes escalation targets with times to accept, and lifts approval chains;
 * an admin drafts, dry-runs and publishes the next version. The tests that publish run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationPolicyIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Approvals approvals;

    @Inject
    EscalationPolicies policies;

    @Inject
    Notifications notifications;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Test
    @Order(1)
    void atIntakeARuleRoutesTheTicketAndSetsItsPriority() {
        signIn.as("alice");
        String number = tickets.open(new NewTicket(customer("Jane Doe"), "Total outage in the whole street",
                "Nothing works since 7am.", Category.GENERAL, Priority.NORMAL));

        TicketDetails t = tickets.details(number);
        assertThat(t.team()).isEqualTo("Network engineering");
        assertThat(t.status()).as("it waits unassigned for the team it was routed to").isEqualTo(TicketStatus.NEW);
        assertThat(t.assignee()).isNull();
        assertThat(t.priority()).isEqualTo(Priority.URGENT);
        assertThat(t.actions().work()).as("the intake agent keeps read access only").isFalse();
        assertThat(t.timeline().get(0).summary())
                .contains("By policy v2, rule “Outages go straight to network”: route to Network engineering");
    }

    @Test
    @Order(2)
    void aRuleNotifiesWhomItNames() {
        signIn.as("alice");
        String number = tickets.open(new NewTicket(customer("Northwind Traders"), "Payment portal refuses all cards",
                "Urgent: no customer can pay.", Category.BILLING, Priority.URGENT));

        signIn.as("lena");
        // the service-level sweep may tell lena of other tickets meanwhile: of this one, the rule tells her once
        List<NotificationView> aboutIt = notifications.mine().stream().filter(x -> number.equals(x.ticketNumber())).toList();
        assertThat(aboutIt).hasSize(1);
        NotificationView n = aboutIt.get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.POLICY_ALERT);
        assertThat(n.ticketNumber()).isEqualTo(number);
        assertThat(n.message()).contains("Enterprise P1: tell the team lead").contains("Northwind Traders");

        signIn.as("bob");
        assertThatThrownBy(() -> notifications.markRead(n.id())).isInstanceOf(NotFound.class);
        signIn.as("lena");
        notifications.markRead(n.id());
        assertThat(notifications.mine().stream().filter(x -> x.id() == n.id()).findFirst().orElseThrow().read()).isTrue();
    }

    @Test
    @Order(3)
    void thePolicyProposesTheTargetAndAnEscalationWithoutAChoiceFollowsIt() {
        signIn.as("alice");
        String number = newTicket("Router keeps restarting", Category.NETWORK, Priority.URGENT);

        EscalationProposal proposal = policies.proposal(number, null);
        assertThat(proposal.teamName()).isEqualTo("Network engineering");
        assertThat(proposal.policy()).isEqualTo("policy v2, rule “Urgent network within 30 minutes”");

        escalations.escalate(new EscalationRequest(number, null, EscalationReason.COMPLEXITY, "Reboots hourly",
                "Replaced the power supply", "Look at the line"));

        EscalationView e = tickets.details(number).pending();
        assertThat(e.toTeam()).isEqualTo("Network engineering");
        assertThat(e.policy()).isEqualTo("policy v2, rule “Urgent network within 30 minutes”");
        assertThat(e.againstPolicy()).isFalse();
        assertThat(Duration.between(e.requestedAt(), e.acceptBy())).isEqualTo(Duration.ofMinutes(30));
        assertThat(e.overdue()).isFalse();
    }

    @Test
    @Order(4)
    void anEscalationToAnotherTeamIsAllowedButFlaggedAgainstThePolicy() {
        signIn.as("alice");
        String number = newTicket("Direct debit failed", Category.BILLING, Priority.NORMAL);

        escalations.escalate(new EscalationRequest(number, team("Network engineering"), EscalationReason.KNOWLEDGE,
                "Debit bounced", "Checked the mandate", "Someone to look"));

        EscalationView e = tickets.details(number).pending();
        assertThat(e.againstPolicy()).isTrue();
        assertThat(e.proposedTeam()).isEqualTo("Billing specialists");
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::summary)
                .anyMatch(s -> s.contains("AGAINST POLICY, which proposes Billing specialists"));
    }

    @Test
    @Order(5)
    void withoutAProposalTheAgentMustChooseATeam() {
        signIn.as("alice");
        String number = newTicket("App crashes on start", Category.TECHNICAL, Priority.LOW);

        assertThat(policies.proposal(number, null).teamId()).isNull();
        assertThatThrownBy(() -> escalations.escalate(new EscalationRequest(number, null, EscalationReason.KNOWLEDGE,
                "Crash", "Reinstalled", "A developer")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("the escalation policy proposes none");
        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    @Order(6)
    void managersSeeEscalationsNotAcceptedInThePolicysTimeAsOverdue() {
        signIn.as("maria");
        List<EscalationView> pending = escalations.pending(false).stream().map(PendingEscalation::escalation).toList();
        assertThat(pending).filteredOn(e -> e.toTeam().equals("Billing specialists") && e.overdue())
                .as("the demo's two-day-old invoice escalation had 60 minutes").isNotEmpty();
        assertThat(pending).filteredOn(EscalationView::overdue).allSatisfy(e -> assertThat(e.acceptBy()).isNotNull());
    }

    @Test
    @Order(6)
    void aManagerWatchesTheEscalationsOfTheTeamsThatReportToThemAndCanWidenToAll() {
        signIn.as("alice");
        String number = newTicket("Card terminal offline", Category.TECHNICAL, Priority.HIGH);
        escalations.escalate(new EscalationRequest(number, team("Platform engineering"), EscalationReason.COMPLEXITY,
                "Terminal offline", "Rebooted it", "A look at the terminal fleet"));

        signIn.as("maria");
        assertThat(escalations.pending(false)).extracting(p -> p.escalation().ticketNumber())
                .as("Frontline reports to maria through lena").contains(number);
        signIn.as("omar");
        assertThat(escalations.pending(false)).extracting(p -> p.escalation().ticketNumber())
                .as("omar answers for billing and network").doesNotContain(number);
        assertThat(escalations.pending(true)).extracting(p -> p.escalation().ticketNumber()).contains(number);
        signIn.as("david");
        assertThat(escalations.pending(false)).extracting(p -> p.escalation().ticketNumber())
                .as("the director's teams are those of the managers under him").contains(number);
    }

    @Test
    @Order(7)
    void aDecisionRuleLiftsTheChainAboveTheLimitsAndRecordsTheRule() {
        signIn.as("alice");
        String number = tickets.open(new NewTicket(customer("Fabrikam Logistics"), "Late delivery", "Two weeks late.",
                Category.GENERAL, Priority.NORMAL));

        DecisionRequestView d = approvals.request(new NewDecisionRequest(number, "GOODWILL_CREDIT", new BigDecimal("20"),
                "EUR", "Two weeks late; key account."));

        assertThat(d.state()).as("20 EUR is within Tier 1's limit, but the policy wants a manager")
                .isEqualTo(DecisionState.PENDING);
        assertThat(d.chain()).containsExactly("Team lead", "Manager");
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::summary)
                .anyMatch(s -> s.contains("policy v2, rule “Enterprise goodwill needs a manager” requires manager approval"));
        signIn.as("maria");
        assertThat(notifications.mine()).extracting(NotificationView::ticketNumber).contains(number);
    }

    @Test
    @Order(8)
    void aDecisionNotifiesTheRequester() {
        signIn.as("alice");
        String number = newTicket("Charged for a cancelled order", Category.BILLING, Priority.NORMAL);
        long id = approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("300"), "EUR",
                "Cancelled in time.")).id();

        signIn.as("maria");
        approvals.reject(id, "Refund already issued on the 3rd.");

        signIn.as("alice");
        NotificationView n = notifications.mine().get(0);
        assertThat(n.kind()).isEqualTo(NotificationKind.DECISION_DECIDED);
        assertThat(n.ticketNumber()).isEqualTo(number);
        assertThat(n.message()).contains("rejected by Maria Rossi").contains("Refund already issued on the 3rd.");
        assertThat(n.read()).isFalse();
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    @Order(20)
    void anAdminDraftsDryRunsAndPublishesTheNextVersion() {
        signIn.as("adam");
        long configurationEntries = audit.countEntries(AuditEntry.CONFIGURATION_CHAIN);
        int draft = policies.startDraft("Tier 1 keeps general questions");
        assertThat(draft).isEqualTo(3);
        assertThatThrownBy(() -> policies.startDraft("again")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("v3 is already a draft");
        assertThatThrownBy(() -> policies.addRule(new PolicyRuleInput("", PolicyStage.INTAKE, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("The rule's name is required.");

        long ruleId = policies.addRule(new PolicyRuleInput("Billing straight to specialists", PolicyStage.INTAKE,
                Category.BILLING, null, null, null, null, null, null, null, null, null, team("Billing specialists"),
                null, null, null, null, null));
        policies.moveRule(ruleId, true);
        PolicyVersionView v3 = policies.versions().get(0);
        assertThat(v3.rules()).hasSize(11);
        assertThat(v3.rules().get(9).name()).isEqualTo("Billing straight to specialists");

        DryRunReport report = policies.dryRun(200);
        assertThat(report.currentVersion()).isEqualTo(2);
        assertThat(report.draftVersion()).isEqualTo(3);
        assertThat(report.rows()).hasSize(200);
        assertThat(report.changed()).isPositive();
        assertThat(report.rows()).filteredOn(DryRunRow::differs)
                .allSatisfy(r -> assertThat(r.draft()).contains("At intake: route to Billing specialists"));
        assertThat(policies.versions().get(0).state()).as("a dry run changes nothing").isEqualTo(PolicyState.DRAFT);

        policies.publish();

        List<PolicyVersionView> versions = policies.versions();
        assertThat(versions).extracting(PolicyVersionView::number, PolicyVersionView::state).startsWith(
                org.assertj.core.groups.Tuple.tuple(3, PolicyState.ACTIVE),
                org.assertj.core.groups.Tuple.tuple(2, PolicyState.RETIRED));
        assertThat(audit.countEntries(AuditEntry.CONFIGURATION_CHAIN)).isEqualTo(configurationEntries + 4);
        assertThatThrownBy(() -> policies.removeRule(ruleId)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("no draft");

        signIn.as("alice");
        String number = newTicket("Unknown charge on the bill", Category.BILLING, Priority.NORMAL);
        assertThat(tickets.details(number).team()).isEqualTo("Billing specialists");
    }

    @Test
    @Order(21)
    void aDiscardedDraftLeavesTheActivePolicyAlone() {
        signIn.as("adam");
        policies.startDraft(null);
        policies.addRule(new PolicyRuleInput("Everything to platform", PolicyStage.INTAKE, null, null, null, null, null,
                null, null, null, null, null, team("Platform engineering"), null, null, null, null, null));
        policies.discardDraft();

        assertThat(policies.versions()).extracting(PolicyVersionView::state).doesNotContain(PolicyState.DRAFT);
        signIn.as("alice");
        assertThat(tickets.details(newTicket("Where is my order?", Category.GENERAL, Priority.LOW)).team())
                .isEqualTo("Frontline support");
    }

    @Test
    @Order(22)
    void anEscalationRuleCanLookAtTheReasonSoAnUnhappyCustomerGoesToAnotherTeam() {
        signIn.as("adam");
        policies.startDraft("Unhappy customers straight to the experts");
        assertThatThrownBy(() -> policies.addRule(new PolicyRuleInput("Unhappy at intake", PolicyStage.INTAKE, null,
                null, null, null, null, null, null, null, null, null, team("Platform engineering"), null, null, null, null,
                EscalationReason.DISSATISFACTION))).isInstanceOf(RuleViolation.class)
                .hasMessage("The escalation reason is a criterion of rules for escalations only.");
        policies.addRule(new PolicyRuleInput("Unhappy customers to Platform", PolicyStage.ESCALATION, null, null, null,
                null, null, null, null, null, null, null, team("Platform engineering"), null, null, null, 30,
                EscalationReason.DISSATISFACTION));
        assertThat(policies.versions().get(0).rules()).anySatisfy(r -> assertThat(r.criteria())
                .isEqualTo("reason Dissatisfaction"));
        policies.publish();

        signIn.as("alice");
        String number = newTicket("App crashes on start, third time this week", Category.TECHNICAL, Priority.LOW);
        assertThat(policies.proposal(number, null).teamId()).as("no rule for any reason").isNull();
        assertThat(policies.proposal(number, EscalationReason.KNOWLEDGE).teamId()).isNull();
        assertThat(policies.proposal(number, EscalationReason.DISSATISFACTION).teamName()).isEqualTo("Platform engineering");

        escalations.escalate(new EscalationRequest(number, null, EscalationReason.DISSATISFACTION, "Crash again",
                "Reinstalled twice", "An engineer to call the customer"));
        EscalationView escalated = tickets.details(number).pending();
        assertThat(escalated.toTeam()).isEqualTo("Platform engineering");
        assertThat(escalated.policy()).contains("Unhappy customers to Platform");
        assertThat(escalated.againstPolicy()).isFalse();
        assertThat(Duration.between(escalated.requestedAt(), escalated.acceptBy())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @Order(9)
    void anAgentQuestionsTheRoutingOfARuleAndTheAdminAnswersAndOpensADraft() {
        signIn.as("alice");
        String number = newTicket("Router reboots but billing got it", Category.ACCOUNT, Priority.NORMAL);
        long e = escalations.escalate(new EscalationRequest(number, null, EscalationReason.KNOWLEDGE, "Reboots",
                "Power cycled", "Find out why"));
        assertThatThrownBy(() -> policies.reportWrongRouting(e, " ")).isInstanceOf(RuleViolation.class)
                .hasMessage("What was wrong with the routing is required.");
        long feedback = policies.reportWrongRouting(e, "A rebooting router is a network matter, not billing");
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::action)
                .contains(AuditAction.ROUTING_QUESTIONED.label());

        signIn.as("adam");
        assertThat(policies.routingFeedback()).filteredOn(f -> f.id() == feedback).singleElement().satisfies(f -> {
            assertThat(f.ticketNumber()).isEqualTo(number);
            assertThat(f.rule()).isEqualTo("Account questions to billing");
            assertThat(f.raisedBy()).isEqualTo("Alice Martin");
        });
        boolean draftBefore = policies.versions().stream().anyMatch(v -> v.state() == PolicyState.DRAFT);
        policies.answerRoutingFeedback(feedback, "Router symptoms now route to network engineering", true);
        assertThat(policies.versions()).anyMatch(v -> v.state() == PolicyState.DRAFT
                && (draftBefore || v.note().contains("After feedback on " + number)));
        assertThatThrownBy(() -> policies.answerRoutingFeedback(feedback, "Again", false)).isInstanceOf(RuleViolation.class)
                .hasMessage("This feedback was answered already by Adam Clarke.");
        assertThat(policies.routingFeedback()).filteredOn(f -> f.id() == feedback).singleElement()
                .satisfies(f -> assertThat(f.answer()).isEqualTo("Router symptoms now route to network engineering"));
        if (!draftBefore) {
            policies.discardDraft(); // the later tests of this class start their own draft
        }
    }

    @Test
    @Order(10)
    void theRuleThatRoutedATicketAtIntakeIsShownAndCanBeQuestioned() {
        signIn.as("alice");
        String number = newTicket("Total outage at the shop", Category.NETWORK, Priority.HIGH);
        assertThat(tickets.details(number).intakeRouting()).endsWith("rule “Outages go straight to network”");
        String plain = newTicket("Invoice copy please", Category.BILLING, Priority.LOW);
        assertThat(tickets.details(plain).intakeRouting()).isNull();
        assertThatThrownBy(() -> policies.reportWrongIntakeRouting(plain, "Where did it go?")).isInstanceOf(RuleViolation.class)
                .hasMessage("No rule of the escalation policy routed this ticket at intake; there is no routing to fault.");

        long feedback = policies.reportWrongIntakeRouting(number, "A single shop is no outage; frontline can check the router");

        signIn.as("adam");
        assertThat(policies.routingFeedback()).filteredOn(f -> f.id() == feedback).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("Outages go straight to network");
            assertThat(f.route()).isEqualTo("at intake to Network engineering");
        });
    }

    private String newTicket(String subject, Category category, Priority priority) {
        return tickets.open(new NewTicket(customer("Contoso Pharmacy"), subject, "Customer reports: " + subject,
                category, priority));
    }

    private long customer(String name) {
        return directory.findCustomers(name).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long team(String name) {
        return directory.teams().stream().filter(t -> t.name().equals(name)).map(TeamOption::id).findFirst().orElseThrow();
    }
}
