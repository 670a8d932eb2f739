package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.escalationdesk.attachment.AttachmentView;
import com.escalationdesk.attachment.Attachments;
import com.escalationdesk.testing.ImapServer;
import com.escalationdesk.testing.InboxProbe;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.SmtpServer;
import com.escalationdesk.testing.SmtpServer.Mail;
import com.escalationdesk.ticket.NoteView;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.TicketSnapshot;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Email as a channel, against GreenMail as the real IMAP server of the desk's mailbox and the real
 * SMTP server of its outgoing mail: a new email opens a ticket, an answer finds its ticket by its
 * headers, its reply address or its subject, machines are ignored, and each email is taken in once
 * however many readers read the mailbox at once. One customer's conversation runs through the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmailChannelIT extends OnAFreshDemoDesk {

    private static final String NORA = "nora@newcomer.example";
    private static String number;
    private static String question;

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Mailboxes mailboxes;

    @Inject
    MailboxReader reader;

    @Inject
    InboxProbe inbox;

    @Inject
    Attachments attachments;

    @Test
    @Order(1)
    void aNewEmailOpensATicketForANewCustomerWhoGetsAThreadedReceipt() {
        SmtpServer.start();
        ImapServer.start();
        ImapServer.deliver("""
                From: Nora Newcomer <Nora@Newcomer.example>
                To: Support <support@desk.test>
                Subject: Printer on fire
                Message-ID: <first-1@newcomer.example>
                Content-Type: text/plain; charset=UTF-8

                The printer in room 4 smokes.
                """);
        InboundMessage in = takeIn("first-1@newcomer.example");
        assertThat(in.getOutcome()).isEqualTo(InboundOutcome.NEW_TICKET);
        number = in.getTicketNumber();
        signIn.as("alice");
        TicketSnapshot ticket = tickets.snapshot(number);
        assertThat(ticket.customerEmail()).isEqualTo(NORA);
        assertThat(ticket.customerName()).isEqualTo("Nora Newcomer");
        assertThat(ticket.subject()).isEqualTo("Printer on fire");
        assertThat(ticket.description()).isEqualTo("The printer in room 4 smokes.");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.team()).isEqualTo("Frontline support");
        assertThat(ImapServer.unread()).as("taken in, so marked read").isZero();

        Mail receipt = SmtpServer.await(number, NORA, 1).get(0);
        assertThat(receipt.subject()).startsWith("[" + number + "] We have received your request");
        assertThat(receipt.messageId()).startsWith("<" + number + ".").endsWith("@escalation-desk.test>");
        assertThat(receipt.inReplyTo()).isEqualTo("<first-1@newcomer.example>");
        assertThat(receipt.references()).contains("<" + number + "@escalation-desk.test>", "<first-1@newcomer.example>");
        assertThat(receipt.replyTo()).isEqualTo("support+" + number + "@desk.test");
        assertThat(receipt.autoSubmitted()).as("a receipt is the desk's own notice").isEqualTo("auto-generated");
    }

    @Test
    @Order(2)
    void anAnswerToTheDesksEmailFindsItsTicketWithoutItsQuoteAndResumesTheWaitingCase() {
        signIn.as("alice");
        tickets.claim(number);
        tickets.waitOnCustomer(number, "Which model is the printer?");
        Mail asked = SmtpServer.await(number, NORA, 2).get(1);
        assertThat(asked.autoSubmitted()).as("a question carries an agent's words").isNull();
        question = asked.messageId();

        ImapServer.deliver("""
                From: Nora Newcomer <nora@newcomer.example>
                To: support@desk.test
                Subject: Re: your question
                Message-ID: <answer-1@newcomer.example>
                In-Reply-To: %s
                References: <first-1@newcomer.example> %s
                Content-Type: text/plain; charset=UTF-8

                It is a LaserJet 4.

                On Thu, 3 Dec 2026, Support <support@desk.test> wrote:
                > Which model is the printer?
                """.formatted(question, question));
        InboundMessage in = takeIn("answer-1@newcomer.example");
        assertThat(in.getOutcome()).isEqualTo(InboundOutcome.ADDED_TO_TICKET);
        assertThat(in.getTicketNumber()).isEqualTo(number);
        assertThat(tickets.snapshot(number).status()).as("resumed, as the status page resumes it").isEqualTo(TicketStatus.OPEN);
        NoteView last = lastNote(number);
        assertThat(last.visibility()).isEqualTo(NoteVisibility.CUSTOMER);
        assertThat(last.body()).isEqualTo("It is a LaserJet 4.");

        tickets.addNote(number, "A technician comes today.", NoteVisibility.PUBLIC);
        Mail reply = SmtpServer.await(number, NORA, 3).get(2);
        assertThat(reply.inReplyTo()).as("the desk answers the customer's latest email").isEqualTo("<answer-1@newcomer.example>");
        assertThat(reply.references()).contains("<first-1@newcomer.example>", "<answer-1@newcomer.example>");
    }

    @Test
    @Order(3)
    void theReplyAddressAndTheSubjectFindTheTicketOnlyForItsCustomer() {
        signIn.as("alice");
        ImapServer.deliver("""
                From: nora@newcomer.example
                To: support+%s@desk.test
                Subject: one more thing
                Message-ID: <plus-1@newcomer.example>

                The toner is empty too.
                """.formatted(number));
        assertThat(takeIn("plus-1@newcomer.example").getTicketNumber()).isEqualTo(number);
        ImapServer.deliver("""
                From: nora@newcomer.example
                To: support@desk.test
                Subject: AW: [%s] Our reply
                Message-ID: <subject-1@newcomer.example>

                Thank you.
                """.formatted(number));
        assertThat(takeIn("subject-1@newcomer.example").getTicketNumber()).isEqualTo(number);
        assertThat(lastNote(number).body()).isEqualTo("Thank you.");

        ImapServer.deliver("""
                From: Mallory <mallory@elsewhere.example>
                To: support+%s@desk.test
                Subject: Re: [%s] please add this
                Message-ID: <stranger-1@elsewhere.example>
                In-Reply-To: <%s@escalation-desk.test>

                Not the customer.
                """.formatted(number, number, number));
        InboundMessage stranger = takeIn("stranger-1@elsewhere.example");
        assertThat(stranger.getOutcome()).isEqualTo(InboundOutcome.NEW_TICKET);
        assertThat(stranger.getTicketNumber()).isNotEqualTo(number);
        assertThat(inbox.ticketsOf("mallory@elsewhere.example")).containsExactly(stranger.getTicketNumber());
        assertThat(lastNote(number).body()).isEqualTo("Thank you.");
    }

    @Test
    @Order(4)
    void autoRepliesBouncesAndTheDesksOwnEmailChangeNothing() {
        signIn.as("alice");
        tickets.resolve(number, "Printer replaced.");
        int notes = tickets.notes(number).size();
        ImapServer.deliver("""
                From: nora@newcomer.example
                To: support+%s@desk.test
                Subject: Out of office: [%s] Resolved
                Message-ID: <ooo-1@newcomer.example>
                In-Reply-To: %s
                Auto-Submitted: auto-replied

                I am away until Monday.
                """.formatted(number, number, question));
        assertThat(takeIn("ooo-1@newcomer.example").getOutcome()).isEqualTo(InboundOutcome.IGNORED_AUTO_REPLY);
        ImapServer.deliver("""
                From: Mail Delivery System <MAILER-DAEMON@mx.newcomer.example>
                To: support@desk.test
                Subject: Undelivered Mail Returned to Sender [%s]
                Message-ID: <bounce-1@mx.newcomer.example>
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                The mail could not be delivered.
                --r--
                """.formatted(number));
        assertThat(takeIn("bounce-1@mx.newcomer.example").getOutcome()).isEqualTo(InboundOutcome.IGNORED_BOUNCE);
        ImapServer.deliver("""
                From: support@desk.test
                To: support@desk.test
                Subject: [%s] Resolved
                Message-ID: <loop-1@desk.test>

                The desk's own email, come back.
                """.formatted(number));
        assertThat(takeIn("loop-1@desk.test").getOutcome()).isEqualTo(InboundOutcome.IGNORED_LOOP);
        assertThat(tickets.snapshot(number).status()).as("not reopened by a machine").isEqualTo(TicketStatus.RESOLVED);
        assertThat(tickets.notes(number)).hasSize(notes);
        assertThat(inbox.ticketsOf("mailer-daemon@mx.newcomer.example")).isEmpty();

        ImapServer.deliver("""
                From: nora@newcomer.example
                To: support+%s@desk.test
                Subject: Re: [%s] Resolved
                Message-ID: <again-1@newcomer.example>

                It smokes again.
                """.formatted(number, number));
        assertThat(takeIn("again-1@newcomer.example").getOutcome()).isEqualTo(InboundOutcome.ADDED_TO_TICKET);
        assertThat(tickets.snapshot(number).status()).as("a person's answer reopens it").isEqualTo(TicketStatus.REOPENED);
    }

    @Test
    @Order(5)
    void anAnswerToAClosedTicketOpensAFollowUpLinkedToIt() {
        signIn.as("alice");
        tickets.resolve(number, "Printer replaced again.");
        tickets.close(number);
        ImapServer.deliver("""
                From: nora@newcomer.example
                To: support+%s@desk.test
                Subject: Re: [%s] Resolved
                Message-ID: <late-1@newcomer.example>

                Months later: the new one smokes.
                """.formatted(number, number));
        InboundMessage in = takeIn("late-1@newcomer.example");
        assertThat(in.getOutcome()).isEqualTo(InboundOutcome.FOLLOW_UP_TICKET);
        TicketSnapshot followUp = tickets.snapshot(in.getTicketNumber());
        assertThat(followUp.related()).containsExactly(number);
        assertThat(followUp.customerEmail()).isEqualTo(NORA);
        assertThat(tickets.snapshot(number).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    @Order(6)
    void anEmailsFilesAreKeptWithItAndAProgramIsNotKept() {
        ImapServer.deliver("""
                From: Nora Newcomer <nora@newcomer.example>
                To: support@desk.test
                Subject: Scanned invoice
                Message-ID: <files-1@newcomer.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="f"

                --f
                Content-Type: text/plain; charset=UTF-8

                The scan and the error log are attached.
                --f
                Content-Type: application/pdf; name="scan.pdf"
                Content-Disposition: attachment; filename="scan.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjcKJSVFT0YK
                --f
                Content-Type: text/plain; name="error.log"
                Content-Disposition: attachment; filename="error.log"

                E42 printer jam
                --f
                Content-Type: application/octet-stream; name="fix.exe"
                Content-Disposition: attachment; filename="fix.exe"
                Content-Transfer-Encoding: base64

                TVqQAAMAAAAEAAAA
                --f--
                """);
        InboundMessage in = takeIn("files-1@newcomer.example");
        assertThat(in.getOutcome()).isEqualTo(InboundOutcome.NEW_TICKET);
        assertThat(in.getDetail()).contains("1 file(s) not kept", "fix.exe");
        signIn.as("alice");
        assertThat(attachments.list(in.getTicketNumber())).extracting(AttachmentView::fileName, AttachmentView::contentType,
                AttachmentView::forCustomer).containsExactly(tuple("scan.pdf", "application/pdf", true),
                tuple("error.log", "text/plain; charset=UTF-8", true));
        assertThat(attachments.download(attachments.list(in.getTicketNumber()).get(0).id()).bytes())
                .isEqualTo("%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(tickets.snapshot(in.getTicketNumber()).description()).startsWith("The scan and the error log are attached.")
                .contains("[Not kept: The desk does not take files like fix.exe");
    }

    /** Servers reading the mailbox at once, as four readers here: every email makes one ticket, whoever reads it. */
    @Test
    @Order(7)
    void eachEmailIsTakenInOnceWhenManyReadTheMailboxAtOnce() throws Exception {
        int emails = 12;
        for (int i = 0; i < emails; i++) {
            ImapServer.deliver("""
                    From: sender%d@many.example
                    To: support@desk.test
                    Subject: Request %d
                    Message-ID: <many-%d@many.example>

                    Please help with request %d.
                    """.formatted(i, i, i, i));
        }
        // the same email delivered twice (sent to the desk through two routes): one ticket
        ImapServer.deliver("""
                From: sender0@many.example
                To: support@desk.test
                Subject: Request 0
                Message-ID: <many-0@many.example>

                Please help with request 0.
                """);
        Mailbox mailbox = mailboxes.all().get(0);
        int readers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> reads = new ArrayList<>();
        try {
            for (int r = 0; r < readers; r++) {
                Callable<Integer> read = () -> {
                    start.await();
                    return reader.read(mailbox);
                };
                reads.add(pool.submit(read));
            }
            start.countDown();
            for (Future<Integer> read : reads) {
                read.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        mailboxes.readAll();
        int wrong = 0;
        for (int i = 0; i < emails; i++) {
            String id = "many-" + i + "@many.example";
            takeIn(id);
            if (inbox.recordsOf(id) != 1 || inbox.ticketsOf("sender" + i + "@many.example").size() != 1) {
                wrong++;
            }
        }
        assertThat(wrong).as("emails taken in other than once, of " + emails).isZero();
        assertThat(ImapServer.unread()).isZero();
    }

    /** The record of the email, once a read of the mailbox (this test's, or the desk's own every ten seconds) took it in. */
    private InboundMessage takeIn(String messageId) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            mailboxes.readAll();
            var found = inbox.byMessageId(messageId);
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("the email " + messageId + " taken in").isBefore(giveUp);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private NoteView lastNote(String ticket) {
        List<NoteView> notes = tickets.notes(ticket);
        return notes.get(notes.size() - 1);
    }
}
