package com.escalationdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.customer.StatusLinkSigner;
import com.escalationdesk.customer.StatusPage;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files on tickets, through the services: a reply's files reach the customer and an internal note's
 * do not; the customer attaches files on the status page; the kind of a file is told by its bytes;
 * the size limits hold; each file is on the audit trail with its SHA-256.
 */
class AttachmentsIT extends OnAFreshDemoDesk {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Attachments attachments;

    @Inject
    CustomerStatus status;

    @Inject
    StatusLinkSigner statusLinks;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Test
    void aRepliesFilesReachTheCustomerAndAnInternalNotesStayWithTheStaff() {
        signIn.as("alice");
        String number = newTicket();
        tickets.addNote(number, "The signed form is attached.", NoteVisibility.PUBLIC, List.of(new NewFile("form.pdf", PDF)));
        tickets.addNote(number, "Screenshot of the payment log.", NoteVisibility.INTERNAL, List.of(new NewFile("log.png", PNG)));

        List<AttachmentView> files = attachments.list(number);
        assertThat(files).extracting(AttachmentView::fileName).containsExactly("form.pdf", "log.png");
        AttachmentView form = files.get(0);
        AttachmentView log = files.get(1);
        assertThat(form.contentType()).isEqualTo("application/pdf");
        assertThat(form.forCustomer()).isTrue();
        assertThat(form.image()).isFalse();
        assertThat(log.contentType()).isEqualTo("image/png");
        assertThat(log.forCustomer()).isFalse();
        assertThat(log.image()).isTrue();
        FileDownload download = attachments.download(form.id());
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.sha256()).isEqualTo(Attachment.sha256(PDF)).isEqualTo(form.sha256());

        String link = statusLinks.links().issue(number, Instant.now());
        StatusPage page = status.view(link);
        assertThat(page.conversation()).flatExtracting(StatusPage.Message::files).extracting(StatusPage.FileLink::name)
                .containsExactly("form.pdf");
        assertThat(status.file(link, form.id()).bytes()).isEqualTo(PDF);
        assertThatThrownBy(() -> status.file(link, log.id())).as("an internal note's file").isInstanceOf(NotFound.class)
                .hasMessage("This file is not part of your case.");
        String otherLink = statusLinks.links().issue(newTicket(), Instant.now());
        assertThatThrownBy(() -> status.file(otherLink, form.id())).as("another case's link").isInstanceOf(NotFound.class);

        assertThat(audit.timeline(AuditEntry.ticketChain(number))).filteredOn(e -> e.action().equals("File attached"))
                .extracting(e -> e.summary()).containsExactly(
                        "File attached to a message the customer sees: form.pdf (" + PDF.length + " bytes, application/pdf, SHA-256 "
                                + Attachment.sha256(PDF) + ")",
                        "File attached to an internal note: log.png (" + PNG.length + " bytes, image/png, SHA-256 "
                                + Attachment.sha256(PNG) + ")");
    }

    @Test
    void theCustomerAttachesFilesToTheirMessageOnTheStatusPage() {
        signIn.as("alice");
        String number = newTicket();
        String link = statusLinks.links().issue(number, Instant.now());
        StatusPage page = status.reply(link, "Here is the invoice.", List.of(new NewFile("invoice.pdf", PDF)));
        StatusPage.Message mine = page.conversation().get(page.conversation().size() - 1);
        assertThat(mine.fromCustomer()).isTrue();
        assertThat(mine.files()).extracting(StatusPage.FileLink::name).containsExactly("invoice.pdf");

        signIn.as("alice");
        AttachmentView file = attachments.list(number).get(0);
        assertThat(file.uploadedBy()).isEqualTo("customer-portal");
        assertThat(file.forCustomer()).isTrue();
        assertThat(tickets.notes(number)).filteredOn(n -> n.visibility() == NoteVisibility.CUSTOMER).extracting(n -> n.id())
                .containsExactly(file.noteId());
    }

    @Test
    void aFileTheDeskDoesNotTakeKeepsBackTheWholeNote() {
        signIn.as("alice");
        String number = newTicket();
        int notes = tickets.notes(number).size();
        assertThatThrownBy(() -> tickets.addNote(number, "The tool", NoteVisibility.PUBLIC,
                List.of(new NewFile("form.pdf", PDF), new NewFile("setup.exe", PROGRAM)))).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("The desk does not take files like setup.exe");
        assertThatThrownBy(() -> attachments.attach(number, List.of(new NewFile("invoice.pdf", PROGRAM)))).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("The desk does not take files like invoice.pdf");
        assertThatThrownBy(() -> attachments.attach(number, List.of(new NewFile("photo.png", PDF)))).isInstanceOf(RuleViolation.class)
                .hasMessage("The file photo.png is named as another kind of file than it is; the desk goes by its content.");
        assertThat(tickets.notes(number)).hasSize(notes);
        assertThat(attachments.list(number)).isEmpty();
    }

    @Test
    void theSizeLimitsHoldForEachFileAndEachTicketAsTheAdminSetsThem() {
        signIn.as("adam");
        assertThat(attachments.setLimits(1, 2)).isEqualTo(AttachmentLimits.ofMegabytes(1, 2));
        assertThatThrownBy(() -> attachments.setLimits(0, 2)).isInstanceOf(RuleViolation.class);
        signIn.as("alice");
        assertThat(attachments.limits().fileMb()).isEqualTo(1);
        String number = newTicket();
        assertThatThrownBy(() -> attachments.attach(number, List.of(new NewFile("big.log", text(1536 * 1024)))))
                .isInstanceOf(RuleViolation.class).hasMessage("The file big.log is 1.5 MB; a file may be at most 1 MB.");
        attachments.attach(number, List.of(new NewFile("a.log", text(900 * 1024)), new NewFile("b.log", text(900 * 1024))));
        assertThatThrownBy(() -> attachments.attach(number, List.of(new NewFile("c.log", text(900 * 1024)))))
                .isInstanceOf(RuleViolation.class).hasMessage("The file c.log (900 KB) would take this ticket's files past 2 MB (1.8 MB so far).");
        assertThat(attachments.list(number)).extracting(AttachmentView::fileName).containsExactly("a.log", "b.log");
        signIn.as("adam");
        attachments.setLimits(10, 50);
    }

    private String newTicket() {
        long customer = directory.findCustomers("").get(0).id();
        return tickets.open(new NewTicket(customer, "Files please", "The customer sends files.", Category.BILLING, Priority.NORMAL));
    }

    private static byte[] text(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
