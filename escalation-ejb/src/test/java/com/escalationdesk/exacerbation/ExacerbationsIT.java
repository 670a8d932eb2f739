package com.escalationdesk.exacerbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.customer.StatusLinkSigner;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.escalation.HandoffRating;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.NotificationView;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exacerbations on Payara Micro with the real database: detected through the ticket events of the
 * real services, once per ticket and rule, reviewed by the managers whose teams the case touched,
 * and reminded of when left unreviewed. The demo users: alice (Tier 1, Frontline support; her
 * team lead is lena), bob (Tier 2, Billing specialists), maria (manager).
 */
class ExacerbationsIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Exacerbations exacerbations;

    @Inject
    ExacerbationReminders reminders;

    @Inject
    OverdueEscalations overdue;

    @Inject
    CustomerStatus status;

    @Inject
    StatusLinkSigner statusLinks;

    @Inject
    Directory directory;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    TestClock clock;

    @Test
    void aLowRatingAfterAnEscalationAndAPoorHandoffLandInTheManagersQueueOnceEach() {
        signIn.as("alice");
        String number = newTicket("Router refund dispute");
        long e = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(e, new HandoffRating(2, 3, 4, "Missing the order number"));
        tickets.resolve(number, "Refunded the router.");
        String token = statusLinks.links().issue(number, clock.instant());
        signIn.out();
        status.rate(token, 1, "Took far too long", 2);
        status.rate(token, 2, "Still too long", null);

        signIn.as("lena");
        List<ExacerbationRow> mine = exacerbations.queue(false, false).stream()
                .filter(x -> x.ticketNumber().equals(number)).toList();
        assertThat(mine).extracting(ExacerbationRow::rule).containsExactlyInAnyOrder(ExacerbationRule.POOR_HANDOFF,
                ExacerbationRule.LOW_FEEDBACK_AFTER_ESCALATION);
        ExacerbationRow low = mine.stream().filter(x -> x.rule() == ExacerbationRule.LOW_FEEDBACK_AFTER_ESCALATION)
                .findFirst().orElseThrow();
        assertThat(low.detail()).isEqualTo("Resolution 1: satisfaction 1/5, effort 2/7: Took far too long");
        assertThat(low.alsoFired()).containsExactly("Poor handoff");
        assertThat(low.handoffs()).singleElement().satisfies(h -> assertThat(h.handoffRating().describe())
                .isEqualTo("summary 2/5, steps 3/5, right team 4/5: Missing the order number"));
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).filteredOn(t -> t.action()
                .equals(AuditAction.EXACERBATION_DETECTED.label())).hasSize(2);
    }

    @Test
    void theCustomerAskingForAManagerAfterAnEscalationAndWritingTwiceUnansweredFire() {
        signIn.as("alice");
        String number = newTicket("Card terminal keeps rebooting");
        long e = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(e);
        String token = statusLinks.links().issue(number, clock.instant());
        signIn.out();
        status.reply(token, "Any news? The shop is losing sales.");
        status.askForEscalation(token, "Nobody answers me.");

        // the customer's request sent the case on to Platform engineering: its third team
        signIn.as("maria");
        assertThat(exacerbations.queue(true, false)).filteredOn(x -> x.ticketNumber().equals(number))
                .extracting(ExacerbationRow::rule).containsExactlyInAnyOrder(ExacerbationRule.CUSTOMER_UNANSWERED,
                        ExacerbationRule.MANAGER_ASKED_AFTER_ESCALATION, ExacerbationRule.MANY_TEAMS);
    }

    @Test
    void theReviewIsRecordedAuditedAndACoachingNoteReachesTheEscalatingAgentsLead() {
        signIn.as("alice");
        String number = newTicket("Wrong team twice");
        long e = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.returnToSender(e, "This is a network matter");
        signIn.as("nina");
        assertThatThrownBy(() -> exacerbations.queue(false, false)).as("an agent has no review queue")
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);

        signIn.as("lena");
        ExacerbationRow bounced = exacerbations.queue(false, false).stream()
                .filter(x -> x.ticketNumber().equals(number)).findFirst().orElseThrow();
        assertThat(bounced.rule()).isEqualTo(ExacerbationRule.BOUNCED);
        assertThatThrownBy(() -> exacerbations.review(bounced.id(), RootCause.TRAINING, "Coach on routing",
                ReviewOutcome.NEW_ARTICLE, "KB-99999")).isInstanceOf(RuleViolation.class).hasMessage("There is no article KB-99999.");
        assertThatThrownBy(() -> exacerbations.review(bounced.id(), RootCause.TRAINING, " ", ReviewOutcome.COACHING_NOTE, null))
                .isInstanceOf(RuleViolation.class).hasMessage("The action taken is required.");
        exacerbations.review(bounced.id(), RootCause.TRAINING, "Walk alice through the routing of network cases",
                ReviewOutcome.COACHING_NOTE, null);
        assertThatThrownBy(() -> exacerbations.review(bounced.id(), RootCause.STAFFING, "Again", ReviewOutcome.NOTHING_FURTHER,
                null)).isInstanceOf(RuleViolation.class).hasMessage("This exacerbation was reviewed already by Lena Hoffmann.");

        assertThat(exacerbations.queue(false, false)).extracting(ExacerbationRow::id).doesNotContain(bounced.id());
        assertThat(exacerbations.queue(false, true)).filteredOn(x -> x.id() == bounced.id()).singleElement()
                .satisfies(x -> assertThat(x.reviewedBy()).isEqualTo("Lena Hoffmann"));
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::summary).contains(
                "Exacerbation “Bounced” reviewed: Training; Walk alice through the routing of network cases"
                        + " → a coaching note to the agent's team lead");
        assertThat(notifications.mine()).filteredOn(n -> n.kind() == NotificationKind.COACHING_NOTE)
                .extracting(NotificationView::ticketNumber).contains(number);
    }

    /** Omar's teams are Billing specialists and Network engineering; this case went from Frontline to Platform. */
    @Test
    void aManagerOutsideTheCasesTeamsCannotReviewIt() {
        signIn.as("alice");
        String number = newTicket("Bounced between frontline and platform");
        TeamOption platform = directory.teams().stream().filter(t -> t.name().equals("Platform engineering")).findFirst()
                .orElseThrow();
        long e = escalations.escalate(new EscalationRequest(number, platform.id(), EscalationReason.COMPLEXITY,
                "Crash", "Reinstalled", "Find the defect"));
        signIn.as("erik");
        escalations.returnToSender(e, "Not a defect");
        signIn.as("maria");
        long id = exacerbations.queue(true, false).stream().filter(x -> x.ticketNumber().equals(number)).findFirst()
                .orElseThrow().id();
        signIn.as("omar");
        assertThat(exacerbations.queue(false, false)).extracting(ExacerbationRow::id).doesNotContain(id);
        assertThatThrownBy(() -> exacerbations.review(id, RootCause.PROCESS_OR_POLICY, "Fix the rule",
                ReviewOutcome.POLICY_DRAFT, null)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void anEscalationNobodyAcceptsInThePolicysTimeIsFlaggedOnceWhenTheTimeRunsOut() {
        signIn.as("alice");
        String number = newTicket("Waiting for billing forever");
        escalations.escalate(toBilling(number));
        overdue.raiseDue();
        assertThat(rulesOn(number)).doesNotContain(ExacerbationRule.NOT_ACCEPTED_IN_TIME);

        clock.advance(Duration.ofDays(2));
        overdue.raiseDue();
        overdue.raiseDue();

        assertThat(rulesOn(number)).containsOnlyOnce(ExacerbationRule.NOT_ACCEPTED_IN_TIME);
    }

    private List<ExacerbationRule> rulesOn(String number) {
        signIn.as("maria");
        List<ExacerbationRule> rules = exacerbations.queue(true, true).stream().filter(x -> x.ticketNumber().equals(number))
                .map(ExacerbationRow::rule).toList();
        signIn.as("alice");
        return rules;
    }

    @Test
    void anExacerbationLeftUnreviewedRemindsTheManagersOnce() {
        signIn.as("alice");
        String number = newTicket("Nobody looked at this bounce");
        long e = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.returnToSender(e, "Wrong team");
        assertThat(reminders.remindNow()).as("not due yet").isZero();

        clock.advance(Duration.ofDays(4));
        // the demo history's exacerbations fall due too, and one run reminds of a bounded batch
        int reminded = 0;
        for (int round = reminders.remindNow(); round > 0; round = reminders.remindNow()) {
            reminded += round;
        }
        assertThat(reminded).isPositive();
        assertThat(reminders.remindNow()).as("once").isZero();
        signIn.as("maria");
        assertThat(notifications.mine()).filteredOn(n -> n.kind() == NotificationKind.EXACERBATION
                && number.equals(n.ticketNumber()) && n.message().startsWith("Still to review")).hasSize(1);
    }

    private String newTicket(String subject) {
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        return tickets.open(new NewTicket(customer.id(), subject, "The customer explains: " + subject, Category.BILLING,
                Priority.NORMAL));
    }

    private EscalationRequest toBilling(String number) {
        TeamOption billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst()
                .orElseThrow();
        return new EscalationRequest(number, billing.id(), EscalationReason.KNOWLEDGE, "Refund dispute",
                "Checked the order", "Decide the refund");
    }
}
