package com.escalationdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.Mailbox;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.StatusPageObject;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium on Payara Server: an agent replies with a PDF and notes a screenshot, sees the
 * screenshot's preview and downloads the PDF; a program is refused with a message; the customer,
 * from the emailed link, sees and downloads only the reply's file and sends a photo of their own,
 * which the agent then sees on the ticket.
 */
class AttachmentsPageIT {

    private static final String CONTOSO = "it@contoso.example";
    /** A 1x1 PNG that a browser can draw. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void filesGoBothWaysBetweenTheAgentAndTheCustomer() throws IOException {
        Path folder = Files.createTempDirectory("desk-upload");
        Path form = Files.write(folder.resolve("refund-form.pdf"), PDF);
        Path screenshot = Files.write(folder.resolve("payment-log.png"), PNG);
        Path program = Files.write(folder.resolve("fix.exe"), new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        Path photo = Files.write(folder.resolve("receipt.png"), PNG);

        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso", "Double charge on the card",
                "The card was charged twice on Monday.", "Billing", "P3");
        String number = ticket.number();
        ticket.addNoteWithFiles("Please sign the attached form.", true, List.of(form));
        ticket.addNoteWithFiles("The payment log shows both captures.", false, List.of(screenshot));
        assertThat(ticket.noteFiles()).containsExactly("refund-form.pdf", "payment-log.png");
        assertThat(ticket.files()).containsExactly("refund-form.pdf", "payment-log.png");
        alice.waitUntil(d -> ticket.loadedPreviews() == 1);
        assertThat(Files.readAllBytes(ticket.download("refund-form.pdf"))).isEqualTo(PDF);

        ticket.attachFiles(List.of(program));
        assertThat(ticket.error()).startsWith("The desk does not take files like fix.exe");
        assertThat(ticket.reload().files()).containsExactly("refund-form.pdf", "payment-log.png");

        String link = Mailbox.link(Mailbox.await(SMTP, CONTOSO, number, "Our reply"), "status.xhtml");
        Browser customer = browsers.open();
        StatusPageObject page = StatusPageObject.openLink(customer, link);
        assertThat(page.files()).as("the reply's file, not the internal note's").containsExactly("refund-form.pdf");
        assertThat(Files.readAllBytes(page.download("refund-form.pdf"))).isEqualTo(PDF);

        page.replyWithFiles("Signed form is in the post; here is the receipt.", List.of(photo));
        assertThat(page.infoMessage()).isEqualTo("Thank you; your message and file are with the team on your case.");
        assertThat(page.files()).containsExactly("refund-form.pdf", "receipt.png");

        assertThat(ticket.reload().files()).containsExactly("refund-form.pdf", "payment-log.png", "receipt.png");
        assertThat(ticket.noteFiles()).contains("receipt.png");
    }
}
