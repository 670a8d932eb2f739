package com.escalationdesk.customer;

import com.escalationdesk.approval.DecisionRequest;
import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.mail.MailOutbox;
import com.escalationdesk.mail.MailTransport;
import com.escalationdesk.shared.AppLinks;
import com.escalationdesk.sla.SlaClockView;
import com.escalationdesk.sla.SlaClocks;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Emails the customer about their case, from the admin's template for the event, in the caller's
 * transaction (sent after it commits). Only what the customer may see goes in: public replies and
 * the resolution, never an internal note. Times are in the customer's own time zone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CustomerNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTransport transport;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private StatusLinkSigner signer;

    @Inject
    private AppLinks links;

    @Inject
    private Clock clock;

    public void tell(Ticket ticket, CustomerEvent event) {
        if (!transport.isOn()) {
            return;
        }
        CustomerEmailTemplate template = em.find(CustomerEmailTemplate.class, event);
        if (template == null) {
            return;
        }
        Map<String, String> values = values(ticket);
        // a reply and a question to the customer carry an agent's words; the other notices are the desk's own
        boolean automatic = event != CustomerEvent.REPLY && event != CustomerEvent.WAITING_ON_YOU;
        outbox.queueToCustomer(ticket.getCustomer().getEmail(), TemplateText.render(template.getSubject(), values),
                TemplateText.render(template.getBody(), values), ticket.getNumber(), automatic);
    }

    /** The signed link to the customer's status page, fresh for each email. */
    public String statusLink(Ticket ticket) {
        return links.customerStatus(signer.links().issue(ticket.getNumber(), clock.instant()));
    }

    private Map<String, String> values(Ticket ticket) {
        Instant now = clock.instant();
        Customer customer = ticket.getCustomer();
        String statusLink = statusLink(ticket);
        Map<String, String> v = new HashMap<>();
        v.put("customer", customer.getName());
        v.put("ticket", ticket.getNumber());
        v.put("subject", ticket.getSubject());
        v.put("status", CaseStage.statusInWords(ticket.getStatus()));
        v.put("stage", stage(ticket).label().toLowerCase(Locale.ENGLISH));
        v.put("firstResponseDue", due(ticket, SlaKind.FIRST_RESPONSE, now));
        v.put("resolutionDue", due(ticket, SlaKind.RESOLUTION, now));
        v.put("message", lastReply(ticket).map(Note::getBody).orElse(""));
        v.put("resolution", ticket.getResolutionSummary() == null ? "" : ticket.getResolutionSummary());
        v.put("statusLink", statusLink);
        v.put("surveyLink", statusLink + "#survey");
        return v;
    }

    public CaseStage stage(Ticket ticket) {
        boolean decisionPending = em.createNamedQuery(DecisionRequest.FOR_TICKET, DecisionRequest.class)
                .setParameter("ticket", ticket).getResultStream().anyMatch(d -> d.getState() == DecisionState.PENDING);
        return CaseStage.of(ticket, decisionPending);
    }

    /**
     * When the open clock of that kind is due, in the customer's zone, worded to follow "by" in a
     * template and to stand alone on the status page; in words when there is no clock, and never a
     * promise of a moment already past.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String due(Ticket ticket, SlaKind kind, Instant now) {
        Optional<SlaClockView> clockOfKind = serviceLevels.views(ticket, now).stream()
                .filter(c -> c.kind() == kind && c.stoppedAt() == null).findFirst();
        if (clockOfKind.isEmpty()) {
            return kind == SlaKind.FIRST_RESPONSE ? "the earliest possible time"
                    : "the earliest possible time; we will keep you posted";
        }
        Instant due = clockOfKind.get().dueAt();
        if (due == null) {
            return "soon after your answer reaches us";
        }
        String when = format(due, ticket.getCustomer().zone());
        return due.isAfter(now) ? when
                : "the earliest possible time (our target was " + when + "; your case has our priority)";
    }

    public static String format(Instant moment, ZoneId zone) {
        return WHEN.format(moment.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static Optional<Note> lastReply(Ticket ticket) {
        return ticket.getNotes().stream().filter(n -> n.getVisibility() == NoteVisibility.PUBLIC)
                .max(Comparator.comparing(Note::getCreatedAt).thenComparing(Note::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    }
}
