package com.escalationdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One append-only line of the audit trail. Entries form hash chains, one per chain key (a ticket,
 * or configuration), so that any later change to a stored entry breaks its hash or its successor's
 * link. The unique (chain, sequence) pair makes two writers racing on one chain fail rather than fork it.
 */
@Entity
@Table(name = "audit_entry", uniqueConstraints = @UniqueConstraint(columnNames = {"chain_key", "sequence_no"}))
@NamedQuery(name = AuditEntry.CHAIN, query = "select a from AuditEntry a where a.chainKey = :chainKey order by a.sequenceNo")
@NamedQuery(name = AuditEntry.CHAIN_HEAD, query = "select a from AuditEntry a where a.chainKey = :chainKey"
        + " and a.sequenceNo = (select max(b.sequenceNo) from AuditEntry b where b.chainKey = :chainKey)")
@NamedQuery(name = AuditEntry.COUNT_CHAIN, query = "select count(a) from AuditEntry a where a.chainKey = :chainKey")
@NamedQuery(name = AuditEntry.ALL_IN_CHAIN_ORDER, query = "select a from AuditEntry a order by a.chainKey, a.sequenceNo")
@NamedQuery(name = AuditEntry.IN_PERIOD, query = "select a from AuditEntry a where a.occurredMicros >= :from and a.occurredMicros < :to"
        + " order by a.occurredMicros, a.chainKey, a.sequenceNo")
@NamedQuery(name = AuditEntry.LEAVES, query = "select a.logIndex, a.leafHash from AuditEntry a"
        + " where a.logIndex >= :from and a.logIndex < :to order by a.logIndex")
public class AuditEntry {

    public static final String LEAVES = "AuditEntry.leaves";
    public static final String CHAIN = "AuditEntry.chain";
    public static final String CHAIN_HEAD = "AuditEntry.chainHead";
    public static final String COUNT_CHAIN = "AuditEntry.countChain";
    public static final String ALL_IN_CHAIN_ORDER = "AuditEntry.allInChainOrder";
    public static final String IN_PERIOD = "AuditEntry.inPeriod";
    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "chain_key", nullable = false, length = 60)
    private String chainKey;

    @Column(name = "sequence_no", nullable = false)
    private long sequenceNo;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    @Column(name = "before_state", length = 4000)
    private String beforeState;

    @Column(name = "after_state", length = 4000)
    private String afterState;

    /** Microseconds since 1970-01-01T00:00:00Z: a number that reads the same in every time zone and database. */
    @Column(name = "occurred_at_us", nullable = false)
    private long occurredMicros;

    @Column(name = "recipe", nullable = false)
    private int recipe;

    /** The entry's place in the Merkle log, given when a checkpoint takes it in; null until then. */
    @Column(name = "log_index")
    private Long logIndex;

    @Column(name = "leaf_hash", length = 64)
    private String leafHash;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * The entry that follows {@code previous} on its chain ({@code previous} is null for a chain's first entry).
     * The time is kept to the microsecond, as stored and hashed.
     */
    public static AuditEntry append(AuditEntry previous, String chainKey, String actor, AuditAction action,
            String summary, String beforeState, String afterState, Instant at) {
        AuditEntry e = new AuditEntry();
        e.chainKey = Objects.requireNonNull(chainKey);
        if (previous != null && !previous.chainKey.equals(chainKey)) {
            throw new IllegalArgumentException("An entry continues its own chain only");
        }
        e.sequenceNo = previous == null ? 1 : previous.sequenceNo + 1;
        e.previousHash = previous == null ? GENESIS : previous.hash;
        e.actor = Objects.requireNonNull(actor);
        e.action = Objects.requireNonNull(action);
        // Long handoff texts and rule descriptions are cut to what the column holds, before hashing.
        e.summary = Objects.requireNonNull(summary).length() <= 1000 ? summary : summary.substring(0, 999) + "…";
        e.beforeState = beforeState;
        e.afterState = afterState;
        e.occurredMicros = micros(at);
        e.recipe = AuditRecipe.V2.number();
        e.hash = e.computeHash();
        return e;
    }

    /** An entry as it was read back from storage, for verifiers that read the database themselves. */
    public static AuditEntry stored(AuditRecipe recipe, String chainKey, long sequenceNo, String actor, AuditAction action,
            String summary, String beforeState, String afterState, long occurredMicros, String previousHash, String hash) {
        AuditEntry e = new AuditEntry();
        e.recipe = recipe.number();
        e.chainKey = chainKey;
        e.sequenceNo = sequenceNo;
        e.actor = actor;
        e.action = action;
        e.summary = summary;
        e.beforeState = beforeState;
        e.afterState = afterState;
        e.occurredMicros = occurredMicros;
        e.previousHash = previousHash;
        e.hash = hash;
        return e;
    }

    /** The hash of this entry's recorded fields under the recipe it was written with. */
    public String computeHash() {
        return getRecipe().hash(this);
    }

    /** Microseconds since the epoch, the precision the trail keeps. */
    public static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    /** Whether this entry is intact and links to the given predecessor's hash. */
    public boolean isIntactAfter(String expectedPreviousHash) {
        return Objects.equals(previousHash, expectedPreviousHash) && Objects.equals(hash, computeHash());
    }

    /** The chain of changes to the desk's configuration: delegations, limits, policies, teams. */
    public static final String CONFIGURATION_CHAIN = "configuration";

    public static String ticketChain(String ticketNumber) {
        return "ticket:" + ticketNumber;
    }

    public Long getId() {
        return id;
    }

    public String getChainKey() {
        return chainKey;
    }

    public long getSequenceNo() {
        return sequenceNo;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSummary() {
        return summary;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public Instant getOccurredAt() {
        return Instant.EPOCH.plus(occurredMicros, ChronoUnit.MICROS);
    }

    public long getOccurredMicros() {
        return occurredMicros;
    }

    public AuditRecipe getRecipe() {
        return AuditRecipe.of(recipe);
    }

    public Long getLogIndex() {
        return logIndex;
    }

    public String getLeafHash() {
        return leafHash;
    }

    /** Takes the entry into the Merkle log at the given place. */
    public void enterLog(long index, String leaf) {
        if (logIndex != null) {
            throw new IllegalStateException("The entry is already in the log at " + logIndex);
        }
        logIndex = index;
        leafHash = leaf;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
