package com.escalationdesk.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The Merkle log over the audit trail (RFC 6962). Entries are written with their hash chains at once
 * and taken into the log later, in batches, by whoever makes a checkpoint: each gets the next log
 * position and its leaf hash, and the log's growing edge (its compact range) moves on. Then the root
 * is signed as a checkpoint and published outside the database. One row, locked for the while,
 * keeps two servers from numbering the same entries.
 */
@Stateless
@PermitAll
public class AuditLog {

    /** Entries taken into the log per transaction. */
    static final int BATCH = 5_000;
    public static final String SYSTEM_ACTOR = "audit-checkpointer";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditSigningKey key;

    @Inject
    private CheckpointPublication publication;

    @Inject
    private AuditTreeTiles tiles;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    /**
     * Takes every entry written so far into the log and signs a checkpoint over it. A scheduled run
     * over an unchanged log signs nothing and returns null.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditCheckpoint checkpoint(String madeBy, AuditCheckpoint.Reason reason, String note) {
        key.privateKey(); // refuse before numbering anything when there is no key
        AuditLog self = context.getBusinessObject(AuditLog.class);
        while (self.takeIn() == BATCH) {
            // the next batch
        }
        return self.sign(madeBy, reason, note);
    }

    /**
     * The first start after the upgrade to signed checkpoints: when the desk has no checkpoint yet and
     * holds entries written under the first recipe, verifies their chains and takes them into the log
     * with a migration checkpoint whose note records the outcome. Returns null when there is nothing
     * to migrate.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditCheckpoint checkpointTheOldTrail() {
        if (latest() != null) {
            return null;
        }
        String note;
        try (Connection db = dataSource.getConnection()) {
            long legacy = AuditTrailCheck.countByRecipe(db, AuditRecipe.V1);
            if (legacy == 0) {
                return null;
            }
            AuditVerification before = AuditTrailCheck.verify(db, null);
            note = "Upgrade to signed checkpoints: " + legacy + " entries written under recipe 1 taken into the log; "
                    + (before.intact() ? "their hash chains verified intact first."
                            : "their hash chains did NOT verify first: " + before.broken().size() + " chain(s) broken, first "
                                    + before.firstBroken() + ".");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
        return checkpoint(SYSTEM_ACTOR, AuditCheckpoint.Reason.MIGRATION, note);
    }

    /**
     * Takes up to {@link #BATCH} entries not yet in the log into it. Plain
     * JDBC with batched updates: through JPA, a million entries took minutes of single updates.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int takeIn() {
        try (Connection db = dataSource.getConnection()) {
            CompactRange range;
            try (PreparedStatement lock = db.prepareStatement("SELECT tree_size, peaks FROM audit_log_state WHERE id = 1 FOR UPDATE");
                    ResultSet row = lock.executeQuery()) {
                row.next();
                range = CompactRange.of(row.getLong(1), row.getString(2));
            }
            int taken = 0;
            // in whatever order the index on log_index gives them: asking for id order made the database
            // sort every entry not yet in the log for each batch (minutes at a million)
            try (PreparedStatement fresh = db.prepareStatement("SELECT " + AuditTrailCheck.COLUMNS + ", id FROM audit_entry"
                    + " WHERE log_index IS NULL FETCH FIRST " + BATCH + " ROWS ONLY");
                    PreparedStatement enter = db.prepareStatement("UPDATE audit_entry SET log_index = ?, leaf_hash = ? WHERE id = ?")) {
                try (ResultSet row = fresh.executeQuery()) {
                    while (row.next()) {
                        byte[] leaf = MerkleTree.leafHash(AuditRecipe.leafData(AuditTrailCheck.entry(row)));
                        enter.setLong(1, range.size());
                        enter.setString(2, MerkleTree.hex(leaf));
                        enter.setLong(3, row.getLong(14));
                        enter.addBatch();
                        range.append(leaf);
                        taken++;
                    }
                }
                if (taken > 0) {
                    enter.executeBatch();
                }
            }
            if (taken > 0) {
                try (PreparedStatement state = db.prepareStatement("UPDATE audit_log_state SET tree_size = ?, peaks = ? WHERE id = 1")) {
                    state.setLong(1, range.size());
                    state.setString(2, range.peaksText());
                    state.executeUpdate();
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take audit entries into the log", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditCheckpoint sign(String madeBy, AuditCheckpoint.Reason reason, String note) {
        CompactRange range = lockState();
        AuditCheckpoint latest = latest();
        if (reason == AuditCheckpoint.Reason.SCHEDULED && latest != null && latest.getTreeSize() == range.size()) {
            return null;
        }
        TreeHead head = TreeHead.sign(range.size(), range.root(), clock.instant(), key.privateKey(), key.publicKey());
        AuditCheckpoint checkpoint = new AuditCheckpoint(head, madeBy, reason, note);
        em.persist(checkpoint);
        em.flush();
        publication.publish(checkpoint);
        return checkpoint;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditCheckpoint latest() {
        return em.createNamedQuery(AuditCheckpoint.NEWEST_FIRST, AuditCheckpoint.class).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditCheckpoint> checkpoints(int max) {
        return em.createNamedQuery(AuditCheckpoint.NEWEST_FIRST, AuditCheckpoint.class).setMaxResults(max).getResultList();
    }

    /**
     * The tree of the log's first {@code size} positions, for proofs. Its upper levels come from the
     * tiles kept in memory, grown here by the leaves written since; its lower levels are read per tile
     * as a proof needs them.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MerkleTree tree(long size) {
        // Through the business object: the tree reads its lower tiles later, when a proof asks for them.
        return tiles.upTo(size, context.getBusinessObject(AuditLog.class)::leaves);
    }

    /**
     * The leaf hashes of log positions [from, to), back to back, as stored when each entry was taken in;
     * shorter when the log stops early or has a gap, which the caller treats as a log it cannot prove from.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] leaves(long from, long to) {
        ByteArrayOutputStream leaves = new ByteArrayOutputStream(Math.toIntExact((to - from) * MerkleTree.HASH));
        long next = from;
        for (Object[] row : em.createNamedQuery(AuditEntry.LEAVES, Object[].class).setParameter("from", from)
                .setParameter("to", to).getResultList()) {
            if ((Long) row[0] != next++) {
                break;
            }
            leaves.writeBytes(MerkleTree.unhex((String) row[1]));
        }
        return leaves.toByteArray();
    }

    private CompactRange lockState() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT tree_size, peaks FROM audit_log_state WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        return CompactRange.of(((Number) row[0]).longValue(), (String) row[1]);
    }
}
