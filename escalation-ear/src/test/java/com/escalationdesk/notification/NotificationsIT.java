package com.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.Mailbox;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.NotificationSettingsPage;
import com.escalationdesk.browser.NotificationsPage;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium on Payara Server, whose mail session (set up by the run command) points at GreenMail:
 * an escalation rings the receiving agent's bell and emails him a link that opens the ticket; he
 * turns that email off and works by the Berlin office's hours, and the next escalation only rings.
 */
class NotificationsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEscalationRingsTheBellAndEmailsALinkUntilTheAgentTurnsThatEmailOff() throws Exception {
        Browser aliceBrowser = browsers.open();
        aliceBrowser.signInAs("alice");
        String first = escalateToBilling(aliceBrowser, "Card charged twice for one order");

        Browser bobBrowser = browsers.open();
        bobBrowser.signInAs("bob");
        long unread = NotificationsPage.unread(bobBrowser);
        assertThat(unread).isPositive();
        NotificationsPage centre = NotificationsPage.open(bobBrowser);
        assertThat(centre.messages().get(0)).contains("Alice Martin (Frontline support) escalated " + first);

        MimeMessage mail = Mailbox.await(SMTP, "bob@escalationdesk.example", first, "Escalation received");
        assertThat(mail.getSubject()).isEqualTo("[" + first + "] Escalation received");
        String link = Mailbox.link(mail, "ticket/view.xhtml");
        assertThat(link).isEqualTo(Browser.BASE_URL + "ticket/view.xhtml?number=" + first);
        bobBrowser.go(link.substring(Browser.BASE_URL.length()));
        assertThat(bobBrowser.text(By.id("ticketNumber"))).as("the email's link opens the ticket").isEqualTo(first);

        TicketPage opened = NotificationsPage.open(bobBrowser).openNewest();
        assertThat(opened.number()).isEqualTo(first);
        assertThat(NotificationsPage.unread(bobBrowser)).as("opening it marked it read").isEqualTo(unread - 1);

        NotificationSettingsPage settings = NotificationSettingsPage.open(bobBrowser);
        assertThat(settings.address()).isEqualTo("bob@escalationdesk.example");
        assertThat(settings.emailed()).as("everything is emailed until one chooses otherwise")
                .contains("ESCALATION_RECEIVED", "SLA_BREACHED", "APPROVAL_NEEDED");
        settings.email("ESCALATION_RECEIVED", false).workingHours("Berlin office").save();
        assertThat(settings.infoMessage()).isEqualTo("Your notification settings are saved.");
        settings = NotificationSettingsPage.open(bobBrowser);
        assertThat(settings.emailed()).doesNotContain("ESCALATION_RECEIVED").contains("ESCALATION_RETURNED");
        assertThat(settings.workingHours()).startsWith("Berlin office");

        String second = escalateToBilling(aliceBrowser, "Invoice address cannot be changed");
        bobBrowser.go("notifications.xhtml");
        assertThat(NotificationsPage.unread(bobBrowser)).as("the bell still rings").isEqualTo(unread);
        // The same escalation emails the customer; once that email is in, one to bob queued by the same
        // transaction would have been sent with it.
        Mailbox.await(SMTP, "it@contoso.example", second, "now with our specialists");
        assertThat(Mailbox.about(SMTP, "bob@escalationdesk.example", second)).as("but no email").isEmpty();
    }

    private static String escalateToBilling(Browser browser, String subject) {
        TicketPage ticket = NewTicketPage.open(browser).create("Contoso", subject, "Reported at the till.", "Billing", "P3");
        ticket.escalate("Billing specialists", "Authority", subject, "Checked the payment log", "A refund above my limit");
        return ticket.number();
    }
}
