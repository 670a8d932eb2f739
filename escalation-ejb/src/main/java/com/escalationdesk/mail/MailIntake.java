package com.escalationdesk.mail;

import com.escalationdesk.attachment.AttachmentStore;
import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.customer.CustomerMessages;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Team;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketOpening;
import com.escalationdesk.ticket.TicketStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Takes in one email, in a transaction of its own that first writes the email's unique key: a
 * person's email answering a ticket is added to it as the customer's message (resuming a case that
 * waited on them, reopening a resolved one); any other opens a ticket, for a customer made from the
 * sender when the desk does not know them; a machine's email is recorded and left there.
 *
 * <p>An email finds its ticket by what it answers ({@code In-Reply-To}, {@code References}), by the
 * ticket after the plus of the desk's address it was sent to, or by the ticket number in its
 * subject. Only the ticket's customer adds to a ticket so, except by answering an email the desk sent
 * them (its id cannot be guessed): then a colleague on copy may too. Anyone else opens a ticket of
 * their own.
 */
@Stateless
@PermitAll
public class MailIntake {

    private static final int NOTE_LENGTH = 4000;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Mailboxes mailboxes;

    @Inject
    private MailTransport transport;

    @Inject
    private TicketOpening opening;

    @Inject
    private CustomerMessages customerMessages;

    @Inject
    private AuditTrail audit;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private Clock clock;

    /** A ticket an email may belong to, and whether it answers an email the desk sent to that ticket's customer. */
    private record Candidate(String number, boolean answersDeskMail) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InboundOutcome take(Mailbox mailbox, IncomingMail mail, String key) {
        Instant now = clock.instant();
        InboundMessage row = new InboundMessage(key, mail.messageId(), mailbox.name(), mail.fromAddress(), mail.subject(), now);
        em.persist(row);
        // now, not at commit: a second reader of the same email stops here, before it opens a ticket
        em.flush();
        InboundCheck.Verdict verdict = InboundCheck.check(mail, mailboxes.deskAddresses());
        if (!verdict.fromAPerson()) {
            row.tookIn(verdict.ignoredAs(), null, verdict.reason());
            return verdict.ignoredAs();
        }
        Ticket answered = answeredTicket(mail).orElse(null);
        List<NewFile> files = mail.attached().stream().map(a -> new NewFile(a.name(), a.bytes())).toList();
        String notKept = notKept(files);
        if (answered != null && answered.getStatus() != TicketStatus.CLOSED) {
            String text = MailText.withoutQuotedHistory(mail.text());
            boolean fromCustomer = answered.getCustomer().getEmail().equalsIgnoreCase(mail.fromAddress());
            String body = (fromCustomer ? "" : "(from " + sender(mail) + ")\n") + (text.isBlank() ? "(an email without text)" : text);
            Note note = customerMessages.wrote(answered, channel(), MailText.fitted(body, NOTE_LENGTH - notKept.length()) + notKept,
                    "by email");
            List<String> refused = attachments.addWhatFits(answered, note, files, Agent.MAIL_LOGIN);
            row.tookIn(InboundOutcome.ADDED_TO_TICKET, answered.getNumber(), detail(fromCustomer ? null : "written by " + mail.fromAddress(),
                    refused));
            return InboundOutcome.ADDED_TO_TICKET;
        }
        long opened = em.createNamedQuery(InboundMessage.OPENED_FROM, Long.class).setParameter("address", mail.fromAddress())
                .setParameter("since", now.minus(Duration.ofMinutes(InboundCheck.FLOOD_WINDOW_MINUTES))).getSingleResult();
        if (opened >= InboundCheck.FLOOD_LIMIT) {
            row.tookIn(InboundOutcome.IGNORED_FLOOD, null, mail.fromAddress() + " started " + opened + " tickets by email in the last "
                    + InboundCheck.FLOOD_WINDOW_MINUTES + " minutes");
            return InboundOutcome.IGNORED_FLOOD;
        }
        // numbered before the receipt is queued, which answers the email by its id
        Ticket ticket = open(mailbox, mail, notKept, now, numbered -> row.tookIn(answered == null ? InboundOutcome.NEW_TICKET
                : InboundOutcome.FOLLOW_UP_TICKET, numbered.getNumber(), null));
        List<String> refused = attachments.addWhatFits(ticket, null, files, Agent.MAIL_LOGIN);
        if (answered != null) {
            ticket.linkTo(answered, now);
            audit.record(AuditEntry.ticketChain(ticket.getNumber()), Agent.MAIL_LOGIN, AuditAction.TICKET_LINKED,
                    "Linked to " + answered.getNumber() + ", which was closed when this email answered it: " + answered.getSubject(),
                    null, Map.of("related", answered.getNumber(), "linked", true));
            row.tookIn(InboundOutcome.FOLLOW_UP_TICKET, ticket.getNumber(),
                    detail("follows up " + answered.getNumber() + ", which is closed", refused));
            return InboundOutcome.FOLLOW_UP_TICKET;
        }
        row.tookIn(InboundOutcome.NEW_TICKET, ticket.getNumber(), detail(null, refused));
        return InboundOutcome.NEW_TICKET;
    }

    /** Whether an email with this key was taken in (by any server). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean known(String key) {
        return !em.createNamedQuery(InboundMessage.BY_KEY, InboundMessage.class).setParameter("key", key).getResultList().isEmpty();
    }

    /** Records an email the desk could not take in, with why, so that it is seen and not read again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String mailbox, String key, IncomingMail mail, String why) {
        if (known(key)) {
            return;
        }
        InboundMessage row = new InboundMessage(key, mail == null ? null : mail.messageId(), mailbox,
                mail == null ? null : mail.fromAddress(), mail == null ? null : mail.subject(), clock.instant());
        row.tookIn(InboundOutcome.FAILED, null, why);
        em.persist(row);
    }

    /** The lines that tell the agents which of the email's files were not kept, and why; empty when all fit. */
    private String notKept(List<NewFile> files) {
        StringBuilder lines = new StringBuilder();
        for (NewFile file : files) {
            String why = attachments.refusal(file.name(), file.bytes(), 0);
            if (why != null) {
                lines.append("\n[Not kept: ").append(why).append(']');
            }
        }
        return lines.length() == 0 ? "" : "\n" + (lines.length() <= 1000 ? lines : lines.substring(0, 999) + "…");
    }

    private static String detail(String what, List<String> refused) {
        String files = refused.isEmpty() ? null : refused.size() + " file(s) not kept: " + String.join(" ", refused);
        return what == null ? files : files == null ? what : what + "; " + files;
    }

    private Ticket open(Mailbox mailbox, IncomingMail mail, String notKept, Instant now, Consumer<Ticket> numbered) {
        Customer customer = em.createNamedQuery(Customer.BY_EMAIL, Customer.class).setParameter("email", mail.fromAddress())
                .getResultStream().findFirst().orElse(null);
        boolean newCustomer = customer == null;
        if (newCustomer) {
            customer = new Customer(nameOf(mail), mail.fromAddress(), CustomerSegment.STANDARD);
            em.persist(customer);
        }
        String subject = mail.subject().isBlank() ? "(no subject)" : mail.subject();
        String text = mail.text().isBlank() ? "(an email without text)" : mail.text();
        Ticket ticket = Ticket.writtenIn(customer, subject.length() <= 200 ? subject : subject.substring(0, 199) + "…",
                MailText.fitted(text, NOTE_LENGTH - notKept.length()) + notKept, Category.GENERAL, Priority.NORMAL, teamOf(mailbox), now);
        opening.open(ticket, newCustomer, Agent.MAIL_LOGIN, " by email", numbered);
        return ticket;
    }

    private Team teamOf(Mailbox mailbox) {
        if (mailbox.team() != null) {
            Optional<Team> named = em.createNamedQuery(Team.BY_NAME, Team.class).setParameter("name", mailbox.team())
                    .getResultStream().findFirst();
            if (named.isPresent()) {
                return named.get();
            }
        }
        return em.createNamedQuery(Team.ALL, Team.class).setMaxResults(1).getSingleResult();
    }

    /** The ticket the email answers, found as the class says, when the sender may add to it. */
    private Optional<Ticket> answeredTicket(IncomingMail mail) {
        String domain = MailHeaders.domainOf(transport.fromAddress());
        List<Candidate> candidates = new ArrayList<>();
        List<OutboundMail> answeredMail = mail.answers().isEmpty() ? List.of()
                : em.createNamedQuery(OutboundMail.WITH_IDS, OutboundMail.class).setParameter("ids", mail.answers()).getResultList();
        if (!mail.answers().isEmpty()) {
            answeredMail.forEach(sent -> candidates.add(new Candidate(sent.getTicketNumber(), true)));
            em.createNamedQuery(InboundMessage.TICKET_OF, String.class).setParameter("ids", mail.answers()).getResultStream()
                    .forEach(number -> candidates.add(new Candidate(number, false)));
            mail.answers().forEach(id -> MailHeaders.ticketOfThread(id, domain).ifPresent(n -> candidates.add(new Candidate(n, false))));
        }
        MailHeaders.ticketOfRecipients(mail.recipients(), mailboxes.deskAddresses())
                .ifPresent(n -> candidates.add(new Candidate(n, false)));
        MailHeaders.ticketOfSubject(mail.subject()).ifPresent(n -> candidates.add(new Candidate(n, false)));
        for (Candidate candidate : candidates) {
            Optional<Ticket> ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", candidate.number())
                    .getResultStream().findFirst();
            if (ticket.isEmpty()) {
                continue;
            }
            boolean fromCustomer = ticket.get().getCustomer().getEmail().equalsIgnoreCase(mail.fromAddress());
            if (fromCustomer || candidate.answersDeskMail() && sentToCustomer(answeredMail, ticket.get()) && !fromAnAgent(mail)) {
                return ticket;
            }
        }
        return Optional.empty();
    }

    /** Whether an email the desk sent to the ticket's customer is among those the email answers. */
    private static boolean sentToCustomer(List<OutboundMail> answered, Ticket ticket) {
        return answered.stream().anyMatch(m -> ticket.getNumber().equals(m.getTicketNumber())
                && m.getToAddress().equalsIgnoreCase(ticket.getCustomer().getEmail()));
    }

    private boolean fromAnAgent(IncomingMail mail) {
        return !em.createQuery("select a.id from Agent a where lower(a.email) = :email", Long.class)
                .setParameter("email", mail.fromAddress()).getResultList().isEmpty();
    }

    private Agent channel() {
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", Agent.MAIL_LOGIN).getSingleResult();
    }

    private static String nameOf(IncomingMail mail) {
        if (mail.fromName() != null && !mail.fromName().isBlank()) {
            return mail.fromName().strip();
        }
        String local = mail.fromAddress().substring(0, Math.max(1, mail.fromAddress().indexOf('@')));
        return local.isBlank() ? mail.fromAddress() : local;
    }

    private static String sender(IncomingMail mail) {
        return mail.fromName() == null || mail.fromName().isBlank() ? mail.fromAddress() : mail.fromName() + " <" + mail.fromAddress() + ">";
    }
}
