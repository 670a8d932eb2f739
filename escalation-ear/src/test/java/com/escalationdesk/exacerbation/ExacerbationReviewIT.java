package com.escalationdesk.exacerbation;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.ExacerbationsPage;
import com.escalationdesk.browser.Mailbox;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.StatusPageObject;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium on Payara Server: a case escalated to Billing specialists is resolved, the customer
 * rates it poorly on their status page, and the case lands in the review queue of lena (the team
 * lead of Frontline support, where it started), who records the review.
 */
class ExacerbationReviewIT {

    private static final String CONTOSO = "it@contoso.example";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aLowRatingAfterAnEscalationLandsInTheManagersQueueAndTheReviewIsRecorded() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso", "Refund for a returned scanner",
                "We returned the barcode scanner three weeks ago and got no refund.", "Billing", "P3");
        String number = ticket.number();
        ticket.escalate("Billing specialists", "Authority", "Refund of a returned scanner",
                "Confirmed the return in the warehouse log", "Refund 189.00");

        Browser bob = browsers.open();
        bob.signInAs("bob");
        TicketPage.open(bob, number).accept().resolve("Refunded 189.00 to the company card.");

        // the first email's status link serves the whole case (another test rewords the "Resolved" subject)
        String link = Mailbox.link(Mailbox.await(SMTP, CONTOSO, number, number), "status.xhtml");
        Browser customer = browsers.open();
        StatusPageObject page = StatusPageObject.openLink(customer, link);
        page.rate(1, "Three weeks and four calls for a refund", 2);
        assertThat(page.infoMessage()).isEqualTo("Thank you for your answers.");

        Browser lena = browsers.open();
        lena.signInAs("lena");
        ExacerbationsPage queue = ExacerbationsPage.open(lena);
        String rule = "Low customer feedback after an escalation";
        assertThat(queue.cases()).contains(number + ": " + rule);
        assertThat(queue.detailOf(number, rule))
                .isEqualTo("Resolution 1: satisfaction 1/5, effort 2/7: Three weeks and four calls for a refund");

        queue = queue.review(number, rule, "Process or policy", "A draft of the escalation policy",
                "Refunds of returned hardware go straight to billing");
        assertThat(queue.infoMessage()).isEqualTo("Review recorded.");
        assertThat(queue.cases()).doesNotContain(number + ": " + rule);

        TicketPage after = TicketPage.open(lena, number);
        assertThat(after.timelineActions()).contains("Exacerbation detected", "Exacerbation reviewed");
        assertThat(after.feedback()).containsExactly("satisfaction 1/5, effort 2/7: Three weeks and four calls for a refund");
    }
}
