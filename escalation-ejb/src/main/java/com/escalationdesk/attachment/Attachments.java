package com.escalationdesk.attachment;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.DeskSetting;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Files on tickets for the people who work them: added to a ticket by those who may work it,
 * listed and downloaded by those who may see it, and the size limits set by an admin. (Files that
 * come with a note or reply are added by {@link com.escalationdesk.ticket.Tickets#addNote}.)
 */
@Stateless
@Boundary
public class Attachments {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AttachmentStore store;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Adds files to the ticket itself (not to a note: the customer does not see them). */
    @RolesAllowed(Role.AGENT_NAME)
    public List<AttachmentView> attach(String ticketNumber, List<NewFile> files) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, ticket);
        if (ticket.getStatus() == TicketStatus.CLOSED) {
            throw new RuleViolation("Ticket " + ticketNumber + " is closed; reopen it to add files.");
        }
        RuleViolation.require(files == null || files.isEmpty() ? null : files, "A file");
        List<Attachment> added = store.add(ticket, null, files, caller.getLoginName());
        ticket.workedOnBy(caller);
        StaleCheck.flush(em, "ticket " + ticketNumber);
        return added.stream().map(AttachmentView::of).toList();
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<AttachmentView> list(String ticketNumber) {
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(callers.current(), ticket);
        return em.createNamedQuery(Attachment.OF_TICKET, Attachment.class).setParameter("ticket", ticket).getResultStream()
                .map(AttachmentView::of).toList();
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public AttachmentView describe(long id) {
        return AttachmentView.of(visible(id));
    }

    /** The file, for whoever may see its ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public FileDownload download(long id) {
        Attachment attachment = visible(id);
        AttachmentContent content = em.find(AttachmentContent.class, id);
        return new FileDownload(attachment.getFileName(), attachment.getContentType(), content.getContent(), attachment.getSha256(),
                attachment.getKind().image());
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public AttachmentLimits limits() {
        return store.limits();
    }

    /** An admin sets how large a file, and a ticket's files together, may be (in MB). */
    @RolesAllowed(Role.ADMIN_NAME)
    public AttachmentLimits setLimits(int fileMb, int ticketMb) {
        AttachmentLimits limits = AttachmentLimits.ofMegabytes(fileMb, ticketMb);
        AttachmentLimits before = store.limits();
        String admin = callers.current().getLoginName();
        Instant now = clock.instant();
        set(AttachmentLimits.FILE_SETTING, fileMb, admin, now);
        set(AttachmentLimits.TICKET_SETTING, ticketMb, admin, now);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin, AuditAction.ATTACHMENT_LIMITS_SET,
                "Attachments may be " + fileMb + " MB a file and " + ticketMb + " MB a ticket",
                Map.of("fileMb", before.fileMb(), "ticketMb", before.ticketMb()), Map.of("fileMb", fileMb, "ticketMb", ticketMb));
        return limits;
    }

    private void set(String name, int value, String admin, Instant now) {
        DeskSetting setting = em.find(DeskSetting.class, name);
        if (setting == null) {
            em.persist(new DeskSetting(name, Integer.toString(value), admin, now));
        } else {
            setting.set(Integer.toString(value), admin, now);
        }
    }

    private Attachment visible(long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            throw new NotFound("No file " + id + ".");
        }
        TierPolicy.requireView(callers.current(), attachment.getTicket());
        return attachment;
    }
}
