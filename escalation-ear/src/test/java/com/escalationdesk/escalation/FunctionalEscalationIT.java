package com.escalationdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.EscalationWatchPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.QueuePage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The walking skeleton's story in Chromium against the EAR on Payara Server: alice (Tier 1,
 * Frontline support) escalates to Billing specialists, where bob (Tier 2) accepts or returns it.
 */
class FunctionalEscalationIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aTier1AgentEscalatesWithAHandoffAndATier2SpecialistAcceptsIt() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Refund for a double charge",
                "The October invoice was charged twice to the company card.", "Billing", "P2");
        String number = alice.number();
        assertThat(alice.status()).isEqualTo("Open");
        assertThat(alice.assignee()).isEqualTo("Alice Martin");
        assertThat(QueuePage.open(aliceBrowser).myQueue()).contains(number);

        alice = TicketPage.open(aliceBrowser, number).addInternalNote("Customer sent the bank statement by email.");
        assertThat(alice.notes()).containsExactly("Customer sent the bank statement by email.");

        String refusal = alice.escalateExpectingError("Billing specialists", "Authority", "Double capture of the October invoice",
                "Matched both captures in the payment log", "");
        assertThat(refusal).contains("Say what is needed from the receiving team in the handoff summary.");
        alice.closeEscalateDialog();
        alice = alice.reload();
        assertThat(alice.status()).as("a refused escalation writes nothing").isEqualTo("Open");
        assertThat(alice.timelineActions()).containsExactly("Ticket created", "Internal note added");

        alice.escalate("Billing specialists", "Authority", "Double capture of the October invoice",
                "Matched both captures in the payment log", "Refund one capture: above my refund limit");
        assertThat(alice.infoMessage()).isEqualTo("Ticket " + number + " escalated.");
        assertThat(alice.status()).isEqualTo("Escalated");
        assertThat(alice.team()).isEqualTo("Billing specialists");
        assertThat(alice.assignee()).isEqualTo("Unassigned");
        assertThat(alice.offersAcceptAndReturn()).as("only the receiving team decides").isFalse();
        assertThat(alice.offersEscalate()).isFalse();

        long escalationId = alice.pendingEscalationId();
        String forged = alice.forgeAccept(escalationId);
        assertThat(forged).startsWith("403 ")
                .contains("Only members of Billing specialists can accept or return this escalation");
        alice = alice.reload();
        assertThat(alice.hasPendingEscalation()).as("the forged request changed nothing").isTrue();
        assertThat(alice.timelineActions()).containsExactly("Ticket created", "Internal note added", "Escalated");

        Browser bobBrowser = browsers.open();
        bobBrowser.signInAs("bob");
        QueuePage queues = QueuePage.open(bobBrowser);
        assertThat(queues.teamQueue()).contains(number);
        TicketPage bob = queues.openTicket(number);
        assertThat(bob.handoff("handoffIssue")).isEqualTo("Double capture of the October invoice");
        assertThat(bob.handoff("handoffSteps")).isEqualTo("Matched both captures in the payment log");
        assertThat(bob.handoff("handoffNeeded")).isEqualTo("Refund one capture: above my refund limit");
        assertThat(bob.notes()).containsExactly("Customer sent the bank statement by email.");

        bob.accept();

        assertThat(bob.infoMessage()).isEqualTo("Escalation accepted; the ticket is yours.");
        assertThat(bob.status()).isEqualTo("Open");
        assertThat(bob.assignee()).isEqualTo("Bob Nakamura");
        assertThat(bob.escalationStates()).containsExactly("Accepted");
        assertThat(bob.timelineActions()).containsExactly("Ticket created", "Internal note added", "Escalated",
                "Escalation accepted");
        assertThat(bob.timelineActors()).containsExactly("alice", "alice", "alice", "bob");
        assertThat(bob.lastTimelineChanges()).contains("Status: Escalated → Open", "Assignee: nobody → Bob Nakamura",
                "Escalation state: Waiting for acceptance → Accepted");
        assertThat(bob.lastTimelineRawEntry()).contains("\"escalation.state\":\"REQUESTED\"", "\"escalation.state\":\"ACCEPTED\"",
                "\"assignee\":\"bob\"");
        assertThat(QueuePage.open(bobBrowser).myQueue()).contains(number);
    }

    @Test
    void aTier2SpecialistReturnsAnEscalationOnlyWithAReason() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Contoso Pharmacy", "Refund of a cancelled order",
                "Order 55-3100 was cancelled a week ago and is not refunded yet.", "Billing", "P3");
        String number = alice.number();
        alice.escalate("Billing specialists", "Knowledge", "Cancelled order 55-3100 not refunded",
                "Order shows as cancelled in the shop", "Find out why no refund ran");

        Browser bobBrowser = browsers.open();
        bobBrowser.signInAs("bob");
        TicketPage bob = TicketPage.open(bobBrowser, number);
        assertThat(bob.returnExpectingError("")).contains("Give the reason for returning the escalation.");
        bob = bob.reload();
        assertThat(bob.status()).isEqualTo("Escalated");

        bob.returnEscalation("Refunds of cancelled orders run overnight; confirm in the order screen.");

        assertThat(bob.infoMessage()).isEqualTo("Escalation returned to Frontline support.");
        assertThat(bob.team()).isEqualTo("Frontline support");
        assertThat(bob.offersAcceptAndReturn()).isFalse();

        alice = alice.reload();
        assertThat(alice.status()).isEqualTo("Open");
        assertThat(alice.team()).isEqualTo("Frontline support");
        assertThat(alice.assignee()).isEqualTo("Alice Martin");
        assertThat(alice.escalationStates()).containsExactly("Returned");
        // a returned escalation is a bounce, which the exacerbation rules record right after it
        assertThat(alice.timelineActions()).containsExactly("Ticket created", "Escalated", "Escalation returned",
                "Exacerbation detected");
        assertThat(alice.timelineSummaries()).anyMatch(s -> s.contains("Refunds of cancelled orders run overnight"));
        assertThat(alice.lastTimelineRow()).contains("Bounced", "Frontline support → Billing specialists (returned)");
        assertThat(alice.offersEscalate()).as("the ticket is Tier 1's to work again").isTrue();
    }

    @Test
    void anAgentOfAnotherTeamGetsAClearMessageInsteadOfTheTicket() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        String number = NewTicketPage.open(aliceBrowser).create("Jane Doe", "Roaming does not work abroad",
                "No data connection since arriving in Spain.", "Network", "P2").number();

        Browser ninaBrowser = browsers.open();
        ninaBrowser.signInAs("nina");
        ninaBrowser.go("ticket/view.xhtml?number=" + number);

        assertThat(ninaBrowser.text(By.cssSelector("#messages .ui-messages-error-summary")))
                .isEqualTo("Ticket " + number + " belongs to another team.");
        assertThat(ninaBrowser.isPresent(By.id("ticketNumber"))).isFalse();

        ninaBrowser.go("ticket/view.xhtml?number=ESC-999999");
        assertThat(ninaBrowser.text(By.cssSelector("#messages .ui-messages-error-summary")))
                .isEqualTo("There is no ticket ESC-999999.");
    }

    @Test
    void anEscalationGoesFromTier1ToTier3AndAReturnShowsOnThePathAndAsABounce() {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        TicketPage alice = NewTicketPage.open(aliceBrowser).create("Northwind Traders", "Invoices show no VAT line",
                "Since the last release our PDF invoices have no VAT line.", "Billing", "P2");
        String number = alice.number();
        alice.escalate("Billing specialists", "Knowledge", "PDF invoices lack the VAT line",
                "Compared two invoices before and after the release", "Tell us whether this is a billing setting");

        Browser bobBrowser = browsers.open();
        bobBrowser.signInAs("bob");
        TicketPage bob = TicketPage.open(bobBrowser, number).accept();
        bob.escalate("Platform engineering", "Complexity", "VAT line missing on every PDF invoice",
                "Checked the account's tax settings: correct", "Find the defect in invoice rendering");
        assertThat(bob.team()).isEqualTo("Platform engineering");

        Browser erikBrowser = browsers.open();
        erikBrowser.signInAs("erik");
        QueuePage erikQueues = QueuePage.open(erikBrowser);
        assertThat(erikQueues.teamQueue()).contains(number);
        TicketPage erik = erikQueues.openTicket(number);
        assertThat(erik.handoff("handoffIssue")).isEqualTo("VAT line missing on every PDF invoice");
        erik.returnEscalation("Rendering is fine: the customer's tax exemption flag hides the VAT line.");
        assertThat(erik.team()).isEqualTo("Billing specialists");

        bob = bob.reload();
        assertThat(bob.assignee()).isEqualTo("Bob Nakamura");
        assertThat(bob.pathTeams()).containsExactly("Frontline support", "Billing specialists", "Platform engineering",
                "Billing specialists");
        assertThat(bob.timePerTier()).contains("Tier 1 · Frontline", "Tier 2 · Specialists", "Tier 3 · Experts");
        assertThat(bob.isMarkedBounced()).isTrue();
        assertThat(bob.escalationStates()).containsExactly("Accepted", "Returned");

        Browser mariaBrowser = browsers.open();
        mariaBrowser.signInAs("maria");
        assertThat(EscalationWatchPage.open(mariaBrowser).bouncedTickets()).contains(number);
    }
}
