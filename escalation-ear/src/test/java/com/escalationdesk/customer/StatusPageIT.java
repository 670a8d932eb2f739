package com.escalationdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.CustomerEmailsPage;
import com.escalationdesk.browser.Mailbox;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.NotificationsPage;
import com.escalationdesk.browser.StatusPageObject;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium on Payara Server: the customer follows the link in the "we need your answer" email
 * (caught by GreenMail) to their status page, answers, and asks for a manager; a forged link shows
 * nothing of any case.
 */
class StatusPageIT {

    private static final String CONTOSO = "it@contoso.example";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theCustomerFollowsTheEmailedLinkAnswersAndAsksForAManager() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso", "Loyalty card not accepted",
                "The till rejects every loyalty card since this morning.", "Billing", "P3");
        String number = ticket.number();
        ticket.addInternalNote("Card processor blames our reseller contract");
        ticket.waitOnCustomer("Which store is affected?");

        String link = Mailbox.link(Mailbox.await(SMTP, CONTOSO, number, "We need your answer"), "status.xhtml");

        Browser customer = browsers.open();
        StatusPageObject page = StatusPageObject.openLink(customer, link);
        assertThat(page.caseNumber()).isEqualTo(number);
        assertThat(page.status()).isEqualTo("Your case is waiting for your answer.");
        assertThat(page.stage()).isEqualTo("Frontline support");
        assertThat(page.conversation()).containsExactly("The till rejects every loyalty card since this morning.",
                "Which store is affected?");

        page.reply("The Main Street store.");
        assertThat(page.infoMessage()).isEqualTo("Thank you; your message is with the team on your case.");
        assertThat(page.status()).isEqualTo("Your case is being worked on.");
        assertThat(page.conversation()).last().isEqualTo("The Main Street store.");

        page.askForEscalation("The tills have been down for two days.");
        assertThat(page.infoMessage()).isEqualTo("We have received your request.");
        assertThat(page.escalationNotice()).contains("being handed to Billing specialists");
        assertThat(page.offersEscalation()).isFalse();

        StatusPageObject forged = StatusPageObject.openLink(customer, link.replaceAll("\\.[A-Za-z0-9_-]{43}$",
                ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(forged.heading()).isEqualTo("This link does not work");
        assertThat(forged.refusal()).startsWith("This link is not valid.");
        assertThat(forged.showsCase()).isFalse();

        TicketPage after = TicketPage.open(alice, number);
        assertThat(after.status()).isEqualTo("Escalated");
        assertThat(after.team()).isEqualTo("Billing specialists");
        assertThat(after.notes()).contains("The Main Street store.");
        assertThat(NotificationsPage.open(alice).messages().get(0))
                .contains("Contoso Pharmacy wrote on " + number, "The Main Street store.");
    }

    @Test
    void theAdminRewordsACustomerEmailAndATypoInAPlaceholderIsRefused() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        CustomerEmailsPage emails = CustomerEmailsPage.open(adam);
        assertThat(emails.emails()).containsExactly("Ticket received", "A reply from us", "Escalated to specialists",
                "Waiting on you", "Resolved", "Reopened");
        emails.choose("Resolved");
        assertThat(emails.subject()).isEqualTo("[{{ticket}}] Resolved: {{subject}}");
        emails.changeSubject("[{{tikcet}}] Resolved");
        assertThat(emails.errorMessage()).startsWith("The subject uses {{tikcet}}, which is not known");
        emails.changeSubject("[{{ticket}}] Solved: {{subject}}");
        assertThat(emails.infoMessage()).isEqualTo("The \u201cResolved\u201d email is saved.");
        assertThat(CustomerEmailsPage.open(adam).choose("Resolved").subject()).isEqualTo("[{{ticket}}] Solved: {{subject}}");
    }
}
