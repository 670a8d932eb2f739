package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.FinderPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.QueuePage;
import com.escalationdesk.browser.TicketPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A ticket's life on screen: reply, wait, resolve, reopen, close; claim from the team queue; withdraw. */
class TicketLifecycleIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAgentRepliesWaitsResolvesReopensAndClosesATicket() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(browser).create("Jane Doe", "Wrong address on invoice",
                "The invoice shows my old address.", "Billing", "P3");

        ticket.replyToCustomer("Thank you; we are looking at your invoice for Kingfisher Lane.");
        assertThat(ticket.infoMessage()).isEqualTo("Reply to the customer added.");
        assertThat(ticket.waitOnCustomerExpectingError("")).contains("Write what you need from the customer.");
        ticket = ticket.reload();
        ticket.waitOnCustomer("Could you confirm your new address?");
        assertThat(ticket.infoMessage()).isEqualTo("Question sent; ticket " + ticket.number() + " now waits on the customer.");
        assertThat(ticket.status()).isEqualTo("Waiting on customer");
        ticket.resume();
        assertThat(ticket.status()).isEqualTo("Open");

        assertThat(ticket.resolveExpectingError("")).contains("Write the resolution summary.");
        ticket = ticket.reload();
        ticket.resolve("Updated the address and re-sent the invoice.");
        assertThat(ticket.status()).isEqualTo("Resolved");
        assertThat(ticket.resolution()).isEqualTo("Updated the address and re-sent the invoice.");
        assertThat(ticket.offeredActions()).containsExactly("Reopen…", "Close");

        ticket.reopen("The new invoice still shows the old address.");
        assertThat(ticket.status()).isEqualTo("Reopened");
        assertThat(ticket.reopenCount()).isEqualTo("1 time");
        ticket.resolve("Fixed the address in the billing system.");
        ticket.close();

        assertThat(ticket.status()).isEqualTo("Closed");
        assertThat(ticket.offeredActions()).isEmpty();
        assertThat(ticket.timelineActions()).containsExactly("Ticket created", "Reply to customer added",
                "Waiting on customer", "Resumed", "Ticket resolved", "Ticket reopened", "Ticket resolved", "Ticket closed");

        // the closed ticket is found from any page's header by a word of the reply on it
        String number = ticket.number();
        FinderPage found = FinderPage.searchFromHeader(browser, "kingfisher");
        assertThat(found.searchText()).isEqualTo("kingfisher");
        assertThat(found.rows()).singleElement().asString().startsWith(number)
                .contains("Wrong address on invoice", "Jane Doe", "Closed");
        assertThat(found.total()).isEqualTo("1 found");
        // the finder's address carries its filters, as a bookmark or a drill-down does
        assertThat(FinderPage.open(browser, "q=kingfisher&status=active").emptyMessage())
                .isEqualTo("No ticket you may see matches “kingfisher”.");
        assertThat(FinderPage.open(browser, "q=kingfisher&status=done").numbers()).containsExactly(number);
        assertThat(FinderPage.open(browser, "q=kingfisher&createdFrom=30.11.2026").errorMessage())
                .isEqualTo("The created from date “30.11.2026” is not a date like 2026-11-30.");
    }

    @Test
    void aTicketLeftInTheTeamQueueIsClaimedByATeammate() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso Pharmacy", "Printer driver request",
                "The store needs the driver for the new label printer.", "Technical", "P4", false);
        String number = ticket.number();
        assertThat(ticket.status()).isEqualTo("New");
        assertThat(ticket.assignee()).isEqualTo("Unassigned");

        Browser tom = browsers.open();
        tom.signInAs("tom");
        QueuePage queues = QueuePage.open(tom);
        assertThat(queues.teamQueue()).contains(number);
        TicketPage claimed = queues.openTicket(number).claim();

        assertThat(claimed.infoMessage()).isEqualTo("Ticket " + number + " is yours.");
        assertThat(claimed.assignee()).isEqualTo("Tom Becker");
        assertThat(claimed.status()).isEqualTo("Open");

        claimed.reassignTo("Alice Martin");
        assertThat(claimed.assignee()).isEqualTo("Alice Martin");
        assertThat(QueuePage.open(alice).myQueue()).contains(number);
    }

    @Test
    void theSenderWithdrawsAnEscalationBeforeItIsAccepted() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(browser).create("Northwind Traders", "Credit note missing",
                "A credit note for order 77-12 was promised but never sent.", "Billing", "P3");
        ticket.escalate("Billing specialists", "Knowledge", "Promised credit note never sent",
                "Checked the order: no credit note issued", "Issue the credit note");

        ticket.withdraw();

        assertThat(ticket.infoMessage()).isEqualTo("Escalation withdrawn; the ticket is back with Frontline support.");
        assertThat(ticket.status()).isEqualTo("Open");
        assertThat(ticket.team()).isEqualTo("Frontline support");
        assertThat(ticket.assignee()).isEqualTo("Alice Martin");
        assertThat(ticket.escalationStates()).containsExactly("Withdrawn");
        assertThat(ticket.timelineActions()).containsExactly("Ticket created", "Escalated", "Escalation withdrawn");
    }

    @Test
    void anAgentTakesInATicketForACustomerNotKnownYet() {
        Browser browser = browsers.open();
        browser.signInAs("tom");
        String refused = NewTicketPage.open(browser).newCustomer("Greta Berg", "greta.berg-at-example", "Business")
                .createExpectingError("Cannot log in", "Her password reset link has expired.");
        assertThat(refused).isEqualTo("“greta.berg-at-example” is not an email address.");

        TicketPage ticket = NewTicketPage.open(browser).newCustomer("Greta Berg", "Greta.Berg@example.com", "Business")
                .createForNewCustomer("Cannot log in", "Her password reset link has expired.");
        assertThat(ticket.customer()).contains("Greta Berg").contains("greta.berg@example.com");
        assertThat(ticket.lastTimelineRow()).contains("taken in for new customer Greta Berg <greta.berg@example.com>, Business");

        String duplicate = NewTicketPage.open(browser).newCustomer("G. Berg", "greta.berg@example.com", "Standard")
                .createExpectingError("Second issue", "Another one.");
        assertThat(duplicate).isEqualTo("A customer with the email greta.berg@example.com is known already: Greta Berg;"
                + " choose them instead.");
    }

    @Test
    void theCustomerPickerSearchesNamesAndEmailsAsOneTypes() {
        Browser browser = browsers.open();
        browser.signInAs("alice");

        assertThat(NewTicketPage.open(browser).customerSuggestions("contoso"))
                .containsExactly("Contoso Pharmacy <it@contoso.example>");
        assertThat(NewTicketPage.open(browser).customerSuggestions("JANE.DOE@"))
                .containsExactly("Jane Doe <jane.doe@example.com>");
    }

    @Test
    void aSubjectLongerThanTheLimitIsRefusedWithTheLimitInsteadOfCut() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        NewTicketPage page = NewTicketPage.open(browser);
        String subject = "Printer offline ".repeat(20);

        String refused = page.createWithSubjectExpectingError("Jane Doe", subject);

        assertThat(refused).contains("A subject can have at most 200 characters; shorten it (the description takes the details).");
        assertThat(page.subjectValue()).isEqualTo(subject);
        assertThat(browser.isPresent(By.id("ticketNumber"))).isFalse();
    }

    @Test
    void aDuplicateIsMergedIntoTheTicketThatCarriesOn() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        String survivor = NewTicketPage.open(browser).create("Jane Doe", "No internet since the storm",
                "Line dead since last night.", "Network", "P2").number();
        String unrelated = NewTicketPage.open(browser).create("Jane Doe", "Change of address", "Moving on the 1st.",
                "General", "P4").number();
        TicketPage duplicate = NewTicketPage.open(browser).create("Jane Doe", "Internet down",
                "Called again: still no internet.", "Network", "P2");
        String duplicateNumber = duplicate.number();

        duplicate.link(unrelated);
        assertThat(duplicate.infoMessage()).isEqualTo("Linked to " + unrelated + ".");
        // nothing happens before the agent confirms a question that names both tickets and what follows
        assertThat(duplicate.askToMergeInto(survivor.toLowerCase())).isEqualTo("Merge " + duplicateNumber + " into " + survivor
                + "? " + duplicateNumber + " is closed for good, as a duplicate. It cannot be reopened. Its description goes to "
                + survivor + " as an internal note, and " + survivor + " shows it as merged in. Work carries on in " + survivor + ".");
        duplicate.reload();
        assertThat(duplicate.status()).isNotEqualTo("Closed");
        duplicate.mergeInto(survivor.toLowerCase());

        assertThat(duplicate.infoMessage()).isEqualTo(duplicateNumber + " merged into " + survivor
                + " as a duplicate; work carries on there.");
        assertThat(duplicate.status()).isEqualTo("Closed");
        assertThat(duplicate.mergedNotice()).isEqualTo("Merged into " + survivor + " as a duplicate");
        assertThat(duplicate.timelineActions()).endsWith("Merged as a duplicate");

        TicketPage kept = duplicate.openMergedInto();
        assertThat(kept.number()).isEqualTo(survivor);
        assertThat(kept.status()).isEqualTo("Open");
        assertThat(kept.relatedTickets()).singleElement().asString().startsWith(duplicateNumber).contains("Merged in");
        assertThat(kept.notes()).anyMatch(n -> n.contains("Merged in from " + duplicateNumber));
    }

    @Test
    void aTeammateFiltersTheTeamQueueSavesItAsAViewAndClaimsTheTickedTicketsAtOnce() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        String kiosk = NewTicketPage.open(alice).create("Contoso Pharmacy", "Walrus kiosk frozen",
                "The self-service kiosk froze at the payment step.", "Technical", "P2", false).number();
        String badge = NewTicketPage.open(alice).create("Contoso Pharmacy", "Walrus badge reader offline",
                "The badge reader at the back door shows no light.", "Technical", "P2", false).number();
        String low = NewTicketPage.open(alice).create("Contoso Pharmacy", "Walrus poster request",
                "They would like the new opening-hours poster.", "Technical", "P4", false).number();

        Browser tom = browsers.open();
        tom.signInAs("tom");
        QueuePage queues = QueuePage.open(tom);
        queues.teamQueue();
        queues.searchTeam("walrus");
        assertThat(queues.teamQueueShows(kiosk, badge, low)).hasSize(3);
        queues.filterTeamByPriority("P2 · High");
        queues.teamQueueShows(kiosk, badge);
        queues.unassignedOnly();
        queues.teamQueueShows(kiosk, badge);

        queues.saveTeamView("Walrus, high, nobody's");
        assertThat(queues.infoMessage()).isEqualTo("View “Walrus, high, nobody's” saved.");
        assertThat(queues.savedViews()).contains("Walrus, high, nobody's");
        assertThat(queues.activeView()).isEqualTo("Walrus, high, nobody's: Team queue · “walrus” · P2 · High · unassigned only");
        assertThat(queues.showsTeamQueue()).as("a view of the team queue opens on its tab").isTrue();
        assertThat(queues.teamSearch()).isEqualTo("walrus");
        assertThat(queues.teamPriorityFilter()).isEqualTo("P2 · High");
        queues.teamQueueShows(kiosk, badge);

        String claimed = queues.tickInTeamQueue(kiosk).tickInTeamQueue(badge).claimTicked();
        assertThat(claimed).startsWith("2 tickets claimed by you: ").contains(kiosk, badge);
        assertThat(queues.teamQueueShows()).as("claimed: no longer nobody's").isEmpty();
        assertThat(QueuePage.open(tom).myQueue()).contains(kiosk, badge).doesNotContain(low);

        QueuePage view = QueuePage.openView(tom, "Walrus, high, nobody's");
        assertThat(view.activeView()).startsWith("Walrus, high, nobody's: ");
        view.removeView();
        assertThat(view.infoMessage()).isEqualTo("View “Walrus, high, nobody's” removed.");
        assertThat(view.savedViews()).doesNotContain("Walrus, high, nobody's");
    }

    @Test
    void theQueueSearchRunsInTheDatabase() {
        Browser browser = browsers.open();
        browser.signInAs("alice");
        String number = NewTicketPage.open(browser).create("Jane Doe", "Zebra label printer jams",
                "The label printer jams on every second label.", "Technical", "P3").number();

        QueuePage queue = QueuePage.open(browser);
        assertThat(queue.myQueue()).as("more than the one ticket before searching").hasSizeGreaterThan(1);

        assertThat(queue.searchMine("zebra")).containsExactly(number);
        assertThat(queue.searchMine("no ticket has this text")).isEmpty();
        assertThat(queue.myQueueEmptyText()).isEqualTo("No ticket matches “no ticket has this text”.");
    }
}
