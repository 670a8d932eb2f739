package com.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.LoginPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.NotificationSettingsPage;
import com.escalationdesk.browser.NotificationsPage;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("desk.smtp.port", 28025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEscalationRingsTheBellAndEmailsALinkUntilTheAgentTurnsThatEmailOff() throws Exception {
        Browser aliceBrowser = browsers.open();
        LoginPage.open(aliceBrowser).signInAs("alice");
        String first = escalateToBilling(aliceBrowser, "Card charged twice for one order");

        Browser bobBrowser = browsers.open();
        LoginPage.open(bobBrowser).signInAs("bob");
        long unread = NotificationsPage.unread(bobBrowser);
        assertThat(unread).isPositive();
        NotificationsPage centre = NotificationsPage.open(bobBrowser);
        assertThat(centre.messages().get(0)).contains("Alice Martin (Frontline support) escalated " + first);

        MimeMessage mail = awaitMail("bob@escalationdesk.example", first);
        assertThat(mail.getSubject()).isEqualTo("[" + first + "] Escalation received");
        String link = linkIn(String.valueOf(mail.getContent()), "ticket/view.xhtml");
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
        Thread.sleep(3000); // the first email arrived within a second; give a wrong one time to show up
        assertThat(mailsTo("bob@escalationdesk.example", second)).as("but no email").isEmpty();
    }

    private static String escalateToBilling(Browser browser, String subject) {
        TicketPage ticket = NewTicketPage.open(browser).create("Contoso", subject, "Reported at the till.", "Billing", "P3");
        ticket.escalate("Billing specialists", "Authority", subject, "Checked the payment log", "A refund above my limit");
        return ticket.number();
    }

    private static MimeMessage awaitMail(String to, String ticketNumber) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> found = mailsTo(to, ticketNumber);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + to + " about " + ticketNumber);
    }

    private static List<MimeMessage> mailsTo(String to, String ticketNumber) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                String[] ticket = m.getHeader("X-Escalation-Desk-Ticket");
                return ticket != null && ticket[0].equals(ticketNumber)
                        && Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String linkIn(String body, String path) throws IOException {
        Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no link to " + path + " in:\n" + body);
        }
        return m.group();
    }
}
