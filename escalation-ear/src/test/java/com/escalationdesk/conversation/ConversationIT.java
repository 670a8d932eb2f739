package com.escalationdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.NotificationsPage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium: a ticket's conversation reads as one thread with each message marked for who sees
 * it; staff write Markdown, rendered with any HTML shown as text; an internal note's @login tells
 * that colleague, and the author learns whom it told and whom it could not.
 */
class ConversationIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theConversationIsOneMarkedThreadInMarkdownAndAMentionTellsTheColleague() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Jane Doe", "Charged twice for October",
                "My card shows two payments of 49.90.", "Billing", "P3");
        String number = ticket.number();

        ticket.addInternalNote("Ledger shows **two** captures <b>not bold</b>. @tom can you confirm? @nosuchlogin");
        assertThat(ticket.infoMessage()).isEqualTo("Internal note added. Told Tom Becker. Not told: @nosuchlogin "
                + "(nobody who may see this ticket has that login).");
        assertThat(ticket.newestMessageHtml()).contains("<strong>two</strong>", "&lt;b&gt;not bold&lt;/b&gt;").doesNotContain("<b>");

        ticket.replyToCustomer("We refund *one* of the payments today.");
        assertThat(ticket.conversation()).hasSize(3).satisfiesExactly(
                opening -> assertThat(opening).startsWith("Customer Jane Doe · opened the case").endsWith(": My card shows two payments of 49.90."),
                note -> assertThat(note).startsWith("Internal note · staff only Alice Martin").contains("Ledger shows two captures"),
                reply -> assertThat(reply).startsWith("Reply · sent to the customer Alice Martin").endsWith(": We refund one of the payments today."));

        Browser tom = browsers.open();
        tom.signInAs("tom");
        assertThat(NotificationsPage.unread(tom)).isPositive();
        assertThat(NotificationsPage.open(tom).messages()).anyMatch(m -> m.contains("Alice Martin named you in a note on " + number)
                && m.contains("@tom can you confirm?"));
    }

    @Test
    void staffSeeTheCaseAsTheCustomerDoesReadOnlyAndTheLookIsOnTheTrail() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Jane Doe", "Parcel never arrived",
                "Tracking says delivered, nothing here.", "General", "P3");
        String number = ticket.number();
        ticket.addInternalNote("Courier blames the depot; keep this between us.");
        ticket.replyToCustomer("We have asked the courier for the **proof of delivery**.");

        alice.clickAndWaitForPage(org.openqa.selenium.By.id("customerViewLink"));
        assertThat(alice.text(org.openqa.selenium.By.id("customerViewBanner"))).startsWith("This is what the customer sees");
        assertThat(alice.text(org.openqa.selenium.By.id("caseNumber"))).isEqualTo(number);
        assertThat(alice.texts(org.openqa.selenium.By.cssSelector("#conversation .message-body")))
                .containsExactly("Tracking says delivered, nothing here.", "We have asked the courier for the proof of delivery.");
        assertThat(alice.isPresent(org.openqa.selenium.By.id("replyForm"))).as("read-only").isFalse();

        alice.clickAndWaitForPage(org.openqa.selenium.By.id("backToTicket"));
        assertThat(TicketPage.open(alice, number).timelineActions()).endsWith("Customer's view opened");
    }
}
