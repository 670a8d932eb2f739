package com.escalationdesk.attachment;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.Sha256;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.ticket.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A file on a ticket: on the ticket itself, or on one of its notes, public replies or the customer's
 * messages. Its bytes are kept apart ({@link AttachmentContent}) so that listing files reads none.
 * What it is comes from its bytes ({@link FileKind}); its SHA-256 is on the audit trail. The customer
 * sees a file only when it is on a public reply or on a message of theirs.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.OF_TICKET, query = "select a from Attachment a where a.ticket = :ticket order by a.uploadedAt, a.id")
@NamedQuery(name = Attachment.BYTES_OF_TICKET, query = "select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.ticket = :ticket")
public class Attachment {

    public static final String OF_TICKET = "Attachment.ofTicket";
    public static final String BYTES_OF_TICKET = "Attachment.bytesOfTicket";
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "note_id")
    private Note note;

    @Column(name = "file_name", nullable = false, length = MAX_NAME)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private FileKind kind;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "for_customer", nullable = false)
    private boolean forCustomer;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected Attachment() {
        // for JPA
    }

    /**
     * @param note the note, reply or customer message it came with, or null for a file on the ticket
     * @param by the login of who added it (the status page's or the email channel's for the customer)
     * @param fromCustomer sent by the customer: they see it wherever it is
     */
    public Attachment(Ticket ticket, Note note, String fileName, FileKind kind, byte[] bytes, String by, boolean fromCustomer,
            Instant now) {
        this.ticket = RuleViolation.require(ticket, "The ticket");
        this.note = note;
        this.fileName = cleanName(fileName);
        this.kind = RuleViolation.require(kind, "The file's kind");
        this.contentType = kind.contentType(this.fileName);
        this.sizeBytes = bytes.length;
        this.sha256 = sha256(bytes);
        this.forCustomer = fromCustomer || note != null && !note.isInternal();
        this.uploadedBy = by;
        this.uploadedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A name safe to store and to send in a Content-Disposition: the last part of a path, without
     * control characters, quotes or separators, at most {@value #MAX_NAME} characters with its ending kept.
     */
    public static String cleanName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"*:<>?|]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            base = "file";
        }
        if (base.length() > MAX_NAME) {
            String ending = FileKind.ending(base);
            base = base.substring(0, MAX_NAME - ending.length() - 1) + (ending.isEmpty() ? "_" : "." + ending);
        }
        return base;
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Note getNote() {
        return note;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isForCustomer() {
        return forCustomer;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
