package com.escalationdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.ApprovalsPage;
import com.escalationdesk.browser.AuthorityLimitsPage;
import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.LoginPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
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
        LoginPage.open(aliceBrowser).signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Refund a double charge",
                "Invoice INV-2026-1201 was charged twice (1,200.00 EUR each).", "Billing", "P2");
        String number = alice.number();

        alice.requestDecision("Refund", "1200.00", "EUR", "Charged twice; bank statement attached to the ticket.");
        assertThat(alice.infoMessage()).isEqualTo("Decision requested; it waits for: Team lead → Manager.");
        assertThat(alice.decisionStates()).containsExactly("Waiting for approval");
        assertThat(alice.offersDecision()).isFalse();

        Browser lenaBrowser = browsers.open();
        LoginPage.open(lenaBrowser).signInAs("lena");
        ApprovalsPage lenaInbox = ApprovalsPage.open(lenaBrowser);
        assertThat(lenaInbox.waitingTickets()).contains(number);
        lenaInbox.open(number).approveDecision("The double capture is in the payment log.");

        Browser mariaBrowser = browsers.open();
        LoginPage.open(mariaBrowser).signInAs("maria");
        TicketPage maria = ApprovalsPage.open(mariaBrowser).open(number);
        assertThat(maria.timelineActions()).contains("Ticket created", "Decision requested", "Approved at one level");
        maria.approveDecision("Approved.");
        assertThat(maria.infoMessage()).isEqualTo("Approved.");

        alice = alice.reload();
        assertThat(alice.decisionStates()).containsExactly("Approved");
        assertThat(alice.decisionSteps()).containsExactly(
                "Team lead: Lena Hoffmann approved: The double capture is in the payment log.",
                "Manager: Maria Rossi approved: Approved.");
        assertThat(alice.timelineActions()).endsWith("Decision approved");
    }

    @Test
    void aSelfApprovalIsRefusedEvenWhenForged() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("lena");
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
        LoginPage.open(browser).signInAs("alice");
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
        LoginPage.open(davidBrowser).signInAs("david");
        ApprovalsPage david = ApprovalsPage.open(davidBrowser).delegateTo("Omar Haddad");
        assertThat(david.infoMessage()).startsWith("Your approvals go to your stand-in from ");
        assertThat(david.delegations()).singleElement().asString().contains("David Chen", "Omar Haddad");

        Browser lenaBrowser = browsers.open();
        LoginPage.open(lenaBrowser).signInAs("lena");
        TicketPage lena = NewTicketPage.open(lenaBrowser).create("Fabrikam Logistics", "Refund of a cancelled contract",
                "Three months prepaid on a contract cancelled in its trial period.", "Billing", "P2");
        String number = lena.number();
        lena.requestDecision("Refund", "3000", "EUR", "Cancelled within the trial period; prepaid three months.");
        assertThat(lena.infoMessage()).isEqualTo("Decision requested; it waits for: Manager → Director.");

        Browser mariaBrowser = browsers.open();
        LoginPage.open(mariaBrowser).signInAs("maria");
        ApprovalsPage.open(mariaBrowser).open(number).approveDecision("Manager step.");

        Browser omarBrowser = browsers.open();
        LoginPage.open(omarBrowser).signInAs("omar");
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
    void anAdminRaisesTheFrontlinesRefundLimitAndTheAgentThenDecidesAlone() {
        Browser adamBrowser = browsers.open();
        LoginPage.open(adamBrowser).signInAs("adam");
        AuthorityLimitsPage limits = AuthorityLimitsPage.open(adamBrowser).setLimit("Refund", "Tier 1 agent", "100");
        try {
            assertThat(limits.limits()).anyMatch(row -> row.contains("Refund") && row.contains("Tier 1 agent")
                    && row.contains("up to 100.00 EUR"));

            Browser aliceBrowser = browsers.open();
            LoginPage.open(aliceBrowser).signInAs("alice");
            TicketPage ticket = NewTicketPage.open(aliceBrowser).create("Jane Doe", "Damaged parcel", "The parcel arrived broken.",
                    "Billing", "P3");
            ticket.requestDecision("Refund", "80", "EUR", "Broken on arrival; photos on file.");

            assertThat(ticket.decisionStates()).containsExactly("Decided within own authority");
        } finally {
            AuthorityLimitsPage.open(adamBrowser).setLimit("Refund", "Tier 1 agent", "50");
        }
    }
}
