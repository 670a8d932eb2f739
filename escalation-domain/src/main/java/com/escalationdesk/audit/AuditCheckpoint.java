package com.escalationdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed tree head the desk made, kept in the database next to the log it commits to. */
@Entity
@Table(name = "audit_checkpoint")
@NamedQuery(name = AuditCheckpoint.NEWEST_FIRST, query = "select c from AuditCheckpoint c order by c.treeSize desc, c.id desc")
public class AuditCheckpoint {

    public static final String NEWEST_FIRST = "AuditCheckpoint.newestFirst";

    /** Why a checkpoint was made. */
    public enum Reason {
        /** The first one after the trail's upgrade, covering everything written under the old recipe too. */
        MIGRATION,
        SCHEDULED,
        ON_DEMAND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_checkpoint_seq")
    @SequenceGenerator(name = "audit_checkpoint_seq", sequenceName = "audit_checkpoint_seq", allocationSize = 1)
    private Long id;

    @Column(name = "tree_size", nullable = false)
    private long treeSize;

    @Column(name = "root_hash", nullable = false, length = 64)
    private String rootHash;

    @Column(name = "made_at_ms", nullable = false)
    private long madeAtMillis;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(name = "public_key", nullable = false, length = 200)
    private String publicKey;

    @Column(name = "signature", nullable = false, length = 200)
    private String signature;

    @Column(name = "made_by", nullable = false, length = 60)
    private String madeBy;

    @Column(name = "reason", nullable = false, length = 20)
    private String reason;

    @Column(name = "note", length = 1000)
    private String note;

    protected AuditCheckpoint() {
        // for JPA
    }

    public AuditCheckpoint(TreeHead head, String madeBy, Reason reason, String note) {
        this.treeSize = head.size();
        this.rootHash = head.rootHash();
        this.madeAtMillis = head.time().toEpochMilli();
        this.keyId = head.keyId();
        this.publicKey = head.publicKey();
        this.signature = head.signature();
        this.madeBy = madeBy;
        this.reason = reason.name();
        this.note = note;
    }

    public TreeHead head() {
        return new TreeHead(treeSize, rootHash, Instant.ofEpochMilli(madeAtMillis), keyId, publicKey, signature);
    }

    public Long getId() {
        return id;
    }

    public long getTreeSize() {
        return treeSize;
    }

    public String getMadeBy() {
        return madeBy;
    }

    public Reason getReason() {
        return Reason.valueOf(reason);
    }

    public String getNote() {
        return note;
    }
}
