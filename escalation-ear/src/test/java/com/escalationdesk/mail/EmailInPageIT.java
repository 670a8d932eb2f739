package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.EmailAndFilesPage;
import com.escalationdesk.browser.Mailbox;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On Payara Server, with GreenMail as the mail server of both sides: a customer's email, sent by SMTP
 * to the desk's address, is read by the desk from its IMAP mailbox and becomes a ticket; the customer
 * gets the threaded receipt; the admin sees the email on Email and files, follows it to its ticket,
 * and sets how large files may be.
 */
class EmailInPageIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.mailServer();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aCustomersEmailBecomesATicketThatTheAdminFollowsFromTheListOfEmailsRead() throws Exception {
        String subject = "Scanner offline " + System.nanoTime();
        MimeMessage email = GreenMailUtil.createTextEmail("support@desk.test", "Rita Reader <rita@reader.example>", subject,
                "The scanner on floor 3 is offline since this morning.", MAIL.getSmtp().getServerSetup());
        GreenMailUtil.sendMimeMessage(email);
        // given when it was sent
        String messageId = email.getMessageID();

        Browser adam = browsers.open();
        adam.signInAs("adam");
        EmailAndFilesPage page = EmailAndFilesPage.open(adam);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(40));
        List<String> rows = page.emails();
        while (rows.stream().noneMatch(r -> r.contains(subject)) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            page = EmailAndFilesPage.open(adam);
            rows = page.emails();
        }
        assertThat(rows.get(0)).contains("rita@reader.example", subject, "Opened a ticket");
        assertThat(page.mailboxes()).singleElement().satisfies(m -> assertThat(m)
                .contains("support@desk.test at imap://127.0.0.1:", "the first team of tier 1", "Read"));

        TicketPage ticket = page.openTicketOfNewestEmail();
        assertThat(ticket.team()).isEqualTo("Frontline support");
        String number = ticket.number();
        MimeMessage receipt = Mailbox.await(MAIL, "rita@reader.example", number, "We have received your request");
        assertThat(receipt.getHeader("In-Reply-To")[0]).isEqualTo(messageId);
        assertThat(receipt.getHeader("Reply-To")[0]).isEqualTo("support+" + number + "@desk.test");

        page = EmailAndFilesPage.open(adam).setLimits(20, 80);
        assertThat(page.infoMessage()).isEqualTo("Files may now be 20 MB each and 80 MB a ticket.");
        assertThat(EmailAndFilesPage.open(adam).fileLimit()).isEqualTo("20");
        EmailAndFilesPage.open(adam).setLimits(10, 50);
    }
}
