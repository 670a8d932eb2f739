package com.escalationdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.ApprovalsPage;
import com.escalationdesk.browser.AuthorityLimitsPage;
import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.LimitAdvisorPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.NotificationsPage;
import com.escalationdesk.browser.TicketPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hierarchical escalation in Chromium: refunds against the seeded limits (Tier 1 agent 50 EUR,
 * team lead 500, manager 2,000); lena is the Frontline team lead, maria a manager.
 */
class ApprovalsIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aRefundAboveTheAgentsLimitIsApprovedByTheTeamLeadAndThenAManager() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Refund a double charge",
                "Invoice INV-2026-1201 was charged twice (1,200.00 EUR each).", "Billing", "P2");
        String number = alice.number();

        alice.requestDecision("Refund", "1200.00", "EUR", "Charged twice; bank statement attached to the ticket.");
        assertThat(alice.infoMessage()).isEqualTo("Decision requested; it waits for: Team lead → Manager.");
        assertThat(alice.decisionStates()).containsExactly("Waiting for approval");
        assertThat(alice.offersDecision()).isFalse();

        Browser lenaBrowser = browsers.open();
        lenaBrowser.signInAs("lena");
        ApprovalsPage lenaInbox = ApprovalsPage.open(lenaBrowser);
        assertThat(lenaInbox.waitingTickets()).contains(number);
        lenaInbox.open(number).approveDecision("The double capture is in the payment log.");

        Browser mariaBrowser = browsers.open();
        mariaBrowser.signInAs("maria");
        TicketPage maria = ApprovalsPage.open(mariaBrowser).open(number);
        assertThat(maria.timelineActions()).contains("Ticket created", "Decision requested", "Approved at one level");
        long requestId = maria.firstDecisionId();
        maria.approveDecision("Approved.");
        assertThat(maria.infoMessage()).isEqualTo("Request #" + requestId + " approved.");

        alice = alice.reload();
        assertThat(alice.decisionStates()).containsExactly("Approved");
        assertThat(alice.decisionSteps()).containsExactly(
                "Team lead: Lena Hoffmann approved: The double capture is in the payment log.",
                "Manager: Maria Rossi approved: Approved.");
        assertThat(alice.timelineActions()).endsWith("Decision approved");
    }

    @Test
    void anApproverDecidesTwoPendingRequestsOnOneTicketEachWithItsOwnNote() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Two charges to settle",
                "A duplicate charge and a delivery fee for a parcel that never came.", "Billing", "P3");
        String number = alice.number();
        alice.requestDecision("Refund", "300", "EUR", "Duplicate charge of 300 EUR.");
        alice.requestDecision("Refund", "120", "EUR", "The parcel never arrived.");

        Browser lenaBrowser = browsers.open();
        lenaBrowser.signInAs("lena");
        TicketPage lena = TicketPage.open(lenaBrowser, number);
        List<Long> ids = lena.decisionIds();
        assertThat(ids).hasSize(2);
        // the first of the two, so that the note typed there must not be lost to the last one's
        lena.decide(ids.get(0), false, "The bank reversed the duplicate already.");
        assertThat(lena.infoMessage()).isEqualTo("Request #" + ids.get(0) + " rejected.");
        lena.decide(ids.get(1), true, "A fair gesture for a lost parcel.");
        assertThat(lena.infoMessage()).isEqualTo("Request #" + ids.get(1) + " approved.");

        alice = alice.reload();
        assertThat(alice.decisionStates()).containsExactly("Rejected", "Approved");
        assertThat(alice.decisionSteps()).containsExactly(
                "Team lead: Lena Hoffmann rejected: The bank reversed the duplicate already.",
                "Team lead: Lena Hoffmann approved: A fair gesture for a lost parcel.");
        assertThat(alice.timelineSummaries()).anyMatch(s -> s.contains("rejected by Lena Hoffmann")
                && s.endsWith("The bank reversed the duplicate already."));
        assertThat(alice.timelineSummaries()).anyMatch(s -> s.contains("approved by Lena Hoffmann")
                && s.endsWith("A fair gesture for a lost parcel."));
        String trail = alice.downloadTrail("csv");
        assertThat(trail).startsWith("200 ").contains("The bank reversed the duplicate already.",
                "A fair gesture for a lost parcel.");
    }

    @Test
    void resolvingATicketWithAPendingDecisionAsksFirstThenWithdrawsItAndTellsTheApprover() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Jane Doe", "Refund or repair",
                "A broken kettle; a refund was asked, a repair may do.", "Billing", "P3");
        String number = alice.number();
        alice.requestDecision("Refund", "300", "EUR", "The kettle broke within a week.");
        long requestId = alice.firstDecisionId();

        assertThat(alice.pendingDecisionsWarning()).contains("Refund of 300.00 EUR (request #" + requestId + ")",
                "waiting for Team lead", "Withdraw it, with the resolution as the reason");
        assertThat(alice.resolveExpectingError("Repaired under warranty instead."))
                .contains("has a decision waiting for approval", "confirm to resolve");
        alice = TicketPage.open(aliceBrowser, number);
        assertThat(alice.status()).isEqualTo("Open");

        alice.resolveWithdrawingDecisions("Repaired under warranty instead.");
        assertThat(alice.status()).isEqualTo("Resolved");
        assertThat(alice.decisionStates()).containsExactly("Withdrawn");
        assertThat(alice.timelineActions()).contains("Ticket resolved", "Decision withdrawn");
        assertThat(alice.timelineSummaries()).anyMatch(s -> s.contains("request #" + requestId + ") withdrawn")
                && s.contains("Repaired under warranty instead."));

        Browser lenaBrowser = browsers.open();
        lenaBrowser.signInAs("lena");
        assertThat(NotificationsPage.open(lenaBrowser).messages()).anyMatch(m -> m.contains(number)
                && m.contains("withdrawn") && m.contains("nothing is left to decide"));
        assertThat(ApprovalsPage.open(lenaBrowser).waitingTickets()).doesNotContain(number);
    }

    @Test
    void aSelfApprovalIsRefusedEvenWhenForged() {
        Browser browser = browsers.open();
        browser.signInAs("lena");
        TicketPage ticket = NewTicketPage.open(browser).create("Contoso Pharmacy", "Goodwill for outage",
                "The store was offline for a day.", "Network", "P2");
        String number = ticket.number();
        ticket.requestDecision("Goodwill credit", "400.00", "EUR", "A day of lost sales; long-standing customer.");
        assertThat(ticket.infoMessage()).isEqualTo("Decision requested; it waits for: Manager.");
        assertThat(ticket.offersDecision()).isFalse();
        assertThat(ApprovalsPage.open(browser).waitingTickets()).doesNotContain(number);

        ticket = TicketPage.open(browser, number);
        String forged = ticket.forgeDecision(ticket.firstDecisionId(), "approve");

        assertThat(forged).startsWith("403 ").contains("Nobody approves their own request.");
        assertThat(ticket.reload().decisionStates()).containsExactly("Waiting for approval");
    }

    @Test
    void withinTheirOwnLimitAnAgentDecidesAlone() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(browser).create("Jane Doe", "Late delivery fee", "Charged a late fee by mistake.",
                "Billing", "P4");

        ticket.requestDecision("Refund", "35", "EUR", "Fee charged by mistake.");

        assertThat(ticket.infoMessage()).isEqualTo("Refund of 35.00 EUR is within your authority: decided and recorded.");
        assertThat(ticket.decisionStates()).containsExactly("Decided within own authority");
        assertThat(ticket.timelineActions()).endsWith("Decided within own authority");
    }

    @Test
    void aDirectorAwayDelegatesAndTheStandInApprovesInTheirName() {
        Browser davidBrowser = browsers.open();
        davidBrowser.signInAs("david");
        ApprovalsPage david = ApprovalsPage.open(davidBrowser).delegateTo("Omar Haddad");
        assertThat(david.infoMessage()).startsWith("Your approvals go to your stand-in from ");
        assertThat(david.delegations()).singleElement().asString().contains("David Chen", "Omar Haddad");

        Browser lenaBrowser = browsers.open();
        lenaBrowser.signInAs("lena");
        TicketPage lena = NewTicketPage.open(lenaBrowser).create("Fabrikam Logistics", "Refund of a cancelled contract",
                "Three months prepaid on a contract cancelled in its trial period.", "Billing", "P2");
        String number = lena.number();
        lena.requestDecision("Refund", "3000", "EUR", "Cancelled within the trial period; prepaid three months.");
        assertThat(lena.infoMessage()).isEqualTo("Decision requested; it waits for: Manager → Director.");

        Browser mariaBrowser = browsers.open();
        mariaBrowser.signInAs("maria");
        ApprovalsPage.open(mariaBrowser).open(number).approveDecision("Manager step.");

        Browser omarBrowser = browsers.open();
        omarBrowser.signInAs("omar");
        ApprovalsPage omarInbox = ApprovalsPage.open(omarBrowser);
        assertThat(omarInbox.waitingTickets()).contains(number);
        assertThat(omarInbox.onBehalfTags()).contains("for David Chen");
        omarInbox.open(number).approveDecision("For David, who is on holiday.");

        lena = lena.reload();
        assertThat(lena.decisionStates()).containsExactly("Approved");
        assertThat(lena.decisionSteps()).containsExactly("Manager: Maria Rossi approved: Manager step.",
                "Director: Omar Haddad for David Chen approved: For David, who is on holiday.");

        david = ApprovalsPage.open(davidBrowser).revokeFirstDelegation();
        assertThat(david.delegations()).singleElement().asString().contains("No delegation");
    }

    @Test
    void anAdminWorksOutAHigherRefundLimitInTheAdvisorAppliesItAndTheAgentThenDecidesAlone() {
        Browser mariaBrowser = browsers.open();
        mariaBrowser.signInAs("maria");
        LimitAdvisorPage seenByManager = LimitAdvisorPage.open(mariaBrowser, "REFUND", "TIER_1_AGENT").workOut("100");
        assertThat(seenByManager.today()).startsWith("In the last 90 days, Tier 1 agents asked for");
        assertThat(seenByManager.avoided()).matches("\\d+");
        assertThat(seenByManager.canApply()).as("only admins change limits").isFalse();

        Browser adamBrowser = browsers.open();
        adamBrowser.signInAs("adam");
        LimitAdvisorPage advisor = LimitAdvisorPage.open(adamBrowser, "REFUND", "TIER_1_AGENT").workOut("100");
        assertThat(advisor.applyLabel()).isEqualTo("Let Tier 1 agents decide a refund up to 100.00 EUR alone");
        try {
            assertThat(advisor.apply()).isEqualTo(
                    "Tier 1 agents may now decide a refund up to 100.00 EUR alone. The change is on the configuration audit chain.");
            AuthorityLimitsPage limits = AuthorityLimitsPage.open(adamBrowser);
            assertThat(limits.limits()).anyMatch(row -> row.contains("Refund") && row.contains("Tier 1 agent")
                    && row.contains("up to 100.00 EUR"));

            Browser aliceBrowser = browsers.open();
            aliceBrowser.signInAs("alice");
            TicketPage ticket = NewTicketPage.open(aliceBrowser).create("Jane Doe", "Damaged parcel", "The parcel arrived broken.",
                    "Billing", "P3");
            ticket.requestDecision("Refund", "80", "EUR", "Broken on arrival; photos on file.");

            assertThat(ticket.decisionStates()).containsExactly("Decided within own authority");
        } finally {
            AuthorityLimitsPage.open(adamBrowser).setLimit("Refund", "Tier 1 agent", "50");
        }
    }
}
