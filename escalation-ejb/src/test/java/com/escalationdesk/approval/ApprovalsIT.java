package com.escalationdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditReports;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import com.escalationdesk.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Decisions that need authority, on Payara Micro with the seeded limits (refund: Tier 1 50 EUR,
 * team lead 500, manager 2,000, director 10,000). alice is a Tier 1 agent, lena the Frontline team
 * lead, maria a manager, david a director.
 */
class ApprovalsIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Approvals approvals;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    AuditReports auditReports;

    @Resource
    ManagedExecutorService executor;

    @Test
    void withinTheirOwnLimitAnAgentDecidesAloneAndItIsRecordedAsSuch() {
        signIn.as("alice");
        String number = newTicket("Small refund");

        DecisionRequestView decided = approvals.request(refund(number, "40.00"));

        assertThat(decided.state()).isEqualTo(DecisionState.DECIDED_WITHIN_AUTHORITY);
        assertThat(decided.chain()).isEmpty();
        assertThat(tickets.details(number).timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Decided within own authority");
            assertThat(e.summary()).startsWith("Refund of 40.00 EUR decided within Alice Martin's own authority");
        });
    }

    @Test
    void aRefundAboveTheLimitClimbsFromTeamLeadToManager() {
        signIn.as("alice");
        String number = newTicket("Large refund");
        DecisionRequestView requested = approvals.request(refund(number, "1200.00"));
        assertThat(requested.state()).isEqualTo(DecisionState.PENDING);
        assertThat(requested.chain()).containsExactly("Team lead", "Manager");
        assertThat(requested.waitingFor()).isEqualTo("Team lead");

        signIn.as("lena");
        assertThat(approvals.inbox()).anyMatch(r -> r.id() == requested.id());
        approvals.approve(requested.id(), "Customer proved the double charge");
        assertThat(approvals.inbox()).noneMatch(r -> r.id() == requested.id());

        signIn.as("maria");
        DecisionRequestView atManager = approvals.inbox().stream().filter(r -> r.id() == requested.id()).findFirst().orElseThrow();
        assertThat(atManager.waitingFor()).isEqualTo("Manager");
        assertThat(atManager.customer()).isNotBlank();
        approvals.approve(requested.id(), null);

        signIn.as("alice");
        DecisionRequestView approved = approvals.forTicket(number).get(0);
        assertThat(approved.state()).isEqualTo(DecisionState.APPROVED);
        assertThat(approved.steps()).extracting(ApprovalStepView::approver).containsExactly("Lena Hoffmann", "Maria Rossi");
        assertThat(tickets.details(number).timeline()).extracting(TimelineEntry::action)
                .containsSubsequence("Decision requested", "Approved at one level", "Decision approved");
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        signIn.as("lena");
        String number = newTicket("Lena asks herself");
        DecisionRequestView own = approvals.request(refund(number, "800.00"));
        assertThat(own.chain()).containsExactly("Manager");

        assertThat(approvals.inbox()).noneMatch(r -> r.id() == own.id());
        assertThatThrownBy(() -> approvals.approve(own.id(), "ok"))
                .isInstanceOf(AccessRefused.class).hasMessage("Nobody approves their own request.");
    }

    @Test
    void someoneWhoWorkedTheTicketDoesNotApproveADecisionOnIt() {
        signIn.as("lena");
        String number = newTicket("Lena worked this one");
        tickets.reassign(number, "alice");
        signIn.as("alice");
        DecisionRequestView request = approvals.request(refund(number, "300.00"));
        long entries = audit.countEntries(AuditEntry.ticketChain(number));

        signIn.as("lena");
        assertThat(approvals.inbox()).noneMatch(r -> r.id() == request.id());
        assertThatThrownBy(() -> approvals.approve(request.id(), null))
                .isInstanceOf(AccessRefused.class).hasMessageContaining("You worked ticket " + number);
        assertThat(audit.countEntries(AuditEntry.ticketChain(number))).isEqualTo(entries);

        signIn.as("david");
        approvals.approve(request.id(), "Director covers the team lead step");
        assertThat(approvals.forTicket(number).get(0).state()).isEqualTo(DecisionState.APPROVED);
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheRequest() {
        signIn.as("alice");
        String number = newTicket("Rejected refund");
        DecisionRequestView request = approvals.request(refund(number, "300.00"));

        signIn.as("maria");
        assertThatThrownBy(() -> approvals.reject(request.id(), ""))
                .isInstanceOf(RuleViolation.class).hasMessage("A reason for rejecting is required.");
        approvals.reject(request.id(), "Outside the refund window of 90 days");

        assertThat(approvals.forTicket(number).get(0).state()).isEqualTo(DecisionState.REJECTED);
        assertThatThrownBy(() -> approvals.approve(request.id(), null))
                .isInstanceOf(RuleViolation.class).hasMessage("This request was already rejected.");
    }

    @Test
    void agentsDoNotApproveAndAmountsBeyondEveryLimitAreRefusedWithoutATrace() {
        signIn.as("alice");
        String number = newTicket("Huge refund");
        long entries = audit.countEntries(AuditEntry.ticketChain(number));

        assertThatThrownBy(() -> approvals.request(refund(number, "25000.00")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Nobody's authority covers a refund of 25,000.00 EUR");
        assertThatThrownBy(() -> approvals.request(refund(number, "-5")))
                .isInstanceOf(RuleViolation.class).hasMessage("The amount must be more than zero.");
        assertThat(audit.countEntries(AuditEntry.ticketChain(number))).isEqualTo(entries);
        assertThatThrownBy(() -> approvals.inbox()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aContractExceptionHasNoAmountAndNeedsAManager() {
        signIn.as("alice");
        String number = newTicket("Cancel before the term ends");

        DecisionRequestView request = approvals.request(new NewDecisionRequest(number, "CONTRACT_EXCEPTION", null, null,
                "Customer moves abroad; asks to end the contract 4 months early"));

        assertThat(request.chain()).containsExactly("Team lead", "Manager");
        assertThat(request.amount()).isEqualTo("—");
    }

    @Test
    void aDelegateApprovesForTheDirectorWhoIsAwayAndBothNamesAreRecorded() {
        signIn.as("david");
        approvals.delegate("omar", LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC).plusDays(7));
        try {
            signIn.as("lena");
            String number = newTicket("Refund beyond the manager's limit");
            DecisionRequestView request = approvals.request(refund(number, "3000.00"));
            assertThat(request.chain()).containsExactly("Manager", "Director");
            signIn.as("maria");
            approvals.approve(request.id(), "Manager step");

            signIn.as("omar");
            DecisionRequestView waiting = approvals.inbox().stream().filter(r -> r.id() == request.id()).findFirst().orElseThrow();
            assertThat(waiting.waitingFor()).isEqualTo("Director");
            assertThat(waiting.onBehalfOf()).isEqualTo("David Chen");
            approvals.approve(request.id(), "For David, who is on holiday");

            DecisionRequestView approved = approvals.forTicket(number).get(0);
            assertThat(approved.state()).isEqualTo(DecisionState.APPROVED);
            assertThat(approved.steps()).extracting(ApprovalStepView::approver)
                    .containsExactly("Maria Rossi", "Omar Haddad for David Chen");
            assertThat(tickets.details(number).timeline()).last().extracting(TimelineEntry::summary).asString()
                    .contains("approved by Omar Haddad on behalf of David Chen (director)");
            assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).extracting(TimelineEntry::summary)
                    .contains("David Chen delegates approvals to Omar Haddad from " + LocalDate.now(ZoneOffset.UTC) + " to "
                            + LocalDate.now(ZoneOffset.UTC).plusDays(7));
        } finally {
            signIn.as("david");
            approvals.delegations().stream().filter(DelegationView::mine)
                    .forEach(d -> approvals.revokeDelegation(d.id()));
        }
        signIn.as("omar");
        assertThat(approvals.delegations()).isEmpty();
    }

    @Test
    void twoManagersDecidingTheSameRequestAtOnceRecordExactlyOneDecision() throws Exception {
        signIn.as("alice");
        String number = newTicket("Raced refund");
        long id = approvals.request(refund(number, "300.00")).id();
        CountDownLatch start = new CountDownLatch(1);

        // The container's executor carries the submitter's identity: one task runs as maria, the other as omar.
        signIn.as("maria");
        Future<String> maria = executor.submit(() -> decideWhenReleased(start, id, "maria"));
        signIn.as("omar");
        Future<String> omar = executor.submit(() -> decideWhenReleased(start, id, "omar"));
        start.countDown();
        List<String> outcomes = List.of(maria.get(30, TimeUnit.SECONDS), omar.get(30, TimeUnit.SECONDS));

        assertThat(outcomes).filteredOn("approved"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("approved")).singleElement().asString()
                .matches("Someone else changed decision request " + id + " just now; reload it and try again\\.|This request was already approved\\.");
        signIn.as("alice");
        assertThat(approvals.forTicket(number).get(0).steps()).hasSize(1);
    }

    @Test
    void resolvingWithAPendingDecisionNeedsConfirmationThenWithdrawsItAndTellsTheApprovers() {
        signIn.as("alice");
        String number = newTicket("Refund no longer needed");
        long id = approvals.request(refund(number, "300.00")).id();

        assertThatThrownBy(() -> tickets.resolve(number, "The bank reversed the charge."))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Ticket " + number + " has a decision waiting for approval: Refund of 300.00 EUR (request #"
                        + id + "). Resolving withdraws it with the resolution as the reason and tells the approvers;"
                        + " confirm to resolve.");
        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.OPEN);
        assertThat(approvals.forTicket(number).get(0).state()).isEqualTo(DecisionState.PENDING);

        tickets.resolve(number, "The bank reversed the charge.", true);

        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.RESOLVED);
        DecisionRequestView withdrawn = approvals.forTicket(number).get(0);
        assertThat(withdrawn.state()).isEqualTo(DecisionState.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("The bank reversed the charge.");
        assertThat(tickets.details(number).timeline()).extracting(TimelineEntry::action)
                .containsSubsequence("Decision requested", "Ticket resolved", "Decision withdrawn");
        assertThat(tickets.details(number).timeline()).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.summary()).isEqualTo("Refund of 300.00 EUR (request #" + id + ") withdrawn: Alice Martin resolved "
                    + number + " while it waited for approval (The bank reversed the charge.)");
        });

        signIn.as("lena");
        assertThat(approvals.inbox()).noneMatch(r -> r.id() == id);
        assertThat(notifications.mine()).anyMatch(n -> number.equals(n.ticketNumber())
                && n.message().contains("withdrawn") && n.message().endsWith("nothing is left to decide."));
        assertThatThrownBy(() -> approvals.approve(id, "too late")).hasMessage("This request was already withdrawn.");
        signIn.as("adam");
        assertThat(auditReports.verify().broken()).isEmpty();
    }

    @Test
    void aResolutionWithoutPendingDecisionsNeedsNoConfirmation() {
        signIn.as("alice");
        String number = newTicket("Refund decided at once");
        approvals.request(refund(number, "40.00"));

        tickets.resolve(number, "Refunded within the agent's limit.");

        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(approvals.forTicket(number).get(0).state()).isEqualTo(DecisionState.DECIDED_WITHIN_AUTHORITY);
    }

    private String decideWhenReleased(CountDownLatch start, long id, String note) throws InterruptedException {
        start.await();
        try {
            approvals.approve(id, note);
            return "approved";
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException refusal) {
                    return refusal.getMessage();
                }
            }
            return e.toString();
        }
    }

    private NewDecisionRequest refund(String number, String amount) {
        return new NewDecisionRequest(number, "REFUND", new BigDecimal(amount), "EUR", "Charged twice for one order");
    }

    private String newTicket(String subject) {
        return tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), subject, "About: " + subject,
                Category.BILLING, Priority.NORMAL));
    }
}
