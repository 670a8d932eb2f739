package com.escalationdesk.attachment;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.DeskSetting;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps files on a ticket, in the caller's transaction, whoever adds them (an agent, the customer
 * on the status page, an email): each is told by its bytes, held to the size limits, stored in the
 * database and written on the ticket's audit chain with its SHA-256. A file refused refuses the whole
 * step, so that a note is never kept without the files it was sent with.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AttachmentStore {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * @param note the note the files came with, or null for files on the ticket itself
     * @param by the login the audit trail names
     */
    public List<Attachment> add(Ticket ticket, Note note, List<NewFile> files, String by) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        List<Attachment> added = new ArrayList<>();
        List<String> refused = keep(ticket, note, files, by, added);
        if (!refused.isEmpty()) {
            throw new RuleViolation(refused.get(0));
        }
        return added;
    }

    /**
     * Keeps the files that may be kept and says why each other was not: for an email, whose message
     * is taken in whatever files it carries.
     */
    public List<String> addWhatFits(Ticket ticket, Note note, List<NewFile> files, String by) {
        return files == null || files.isEmpty() ? List.of() : keep(ticket, note, files, by, new ArrayList<>());
    }

    /** Why the file would not be kept on a ticket with {@code soFar} bytes of files, or null when it would. */
    public String refusal(String fileName, byte[] bytes, long soFar) {
        String name = Attachment.cleanName(fileName);
        try {
            limits().check(name, bytes.length, soFar);
        } catch (RuleViolation e) {
            return e.getMessage();
        }
        return FileKind.of(name, bytes).isPresent() ? null : refusal(name, bytes);
    }

    private List<String> keep(Ticket ticket, Note note, List<NewFile> files, String by, List<Attachment> added) {
        long soFar = em.createNamedQuery(Attachment.BYTES_OF_TICKET, Number.class).setParameter("ticket", ticket).getSingleResult()
                .longValue();
        List<String> refused = new ArrayList<>();
        for (NewFile file : files) {
            String name = Attachment.cleanName(file.name());
            String why = refusal(name, file.bytes(), soFar);
            if (why != null) {
                refused.add(why);
                continue;
            }
            FileKind kind = FileKind.of(name, file.bytes()).orElseThrow();
            Attachment attachment = new Attachment(ticket, note, name, kind, file.bytes(), by,
                    Agent.PORTAL_LOGIN.equals(by) || Agent.MAIL_LOGIN.equals(by), clock.instant());
            em.persist(attachment);
            em.flush();
            em.persist(new AttachmentContent(attachment.getId(), file.bytes()));
            soFar += file.bytes().length;
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("file", name);
            state.put("type", attachment.getContentType());
            state.put("bytes", attachment.getSizeBytes());
            state.put("sha256", attachment.getSha256());
            state.put("customerSees", attachment.isForCustomer());
            audit.record(AuditEntry.ticketChain(ticket.getNumber()), by, AuditAction.ATTACHMENT_ADDED,
                    "File attached " + (note == null ? "to the ticket" : note.isInternal() ? "to an internal note"
                            : "to a message the customer sees") + ": " + name + " (" + AttachmentLimits.readable(attachment.getSizeBytes())
                            + ", " + attachment.getContentType() + ", SHA-256 " + attachment.getSha256() + ")", null, state);
            added.add(attachment);
        }
        return refused;
    }

    /** The limits an admin set, or the defaults. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AttachmentLimits limits() {
        DeskSetting file = em.find(DeskSetting.class, AttachmentLimits.FILE_SETTING);
        DeskSetting ticket = em.find(DeskSetting.class, AttachmentLimits.TICKET_SETTING);
        if (file == null || ticket == null) {
            return AttachmentLimits.DEFAULT;
        }
        return AttachmentLimits.ofMegabytes(Integer.parseInt(file.getValue()), Integer.parseInt(ticket.getValue()));
    }

    private static String refusal(String name, byte[] bytes) {
        return FileKind.of(bytes).isPresent()
                ? "The file " + name + " is named as another kind of file than it is; the desk goes by its content."
                : "The desk does not take files like " + name + ": it takes images (PNG, JPEG, GIF, WebP), PDF, office"
                        + " documents, ZIP archives, emails (.eml) and plain text.";
    }
}
