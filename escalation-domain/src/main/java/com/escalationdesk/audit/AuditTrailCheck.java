package com.escalationdesk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The whole verification of the audit trail, straight from the database over JDBC, so that the admin
 * screen, the API and the command line judge by one reading: every hash chain, every ticket has a
 * chain, and the log against a signed checkpoint (the newest one the desk made, or one the user
 * brings from their own records), which also catches deletions at the end of a chain, whole chains
 * deleted and rewrites with recomputed hashes. Nothing in it depends on the reader's time zone.
 */
public final class AuditTrailCheck {

    /** The columns {@link #entry} reads, in its order. */
    public static final String COLUMNS = "recipe, chain_key, sequence_no, actor, action, summary, before_state,"
            + " after_state, occurred_at_us, previous_hash, entry_hash, log_index, leaf_hash";
    private static final String ENTRIES = "SELECT " + COLUMNS + " FROM audit_entry ORDER BY chain_key, sequence_no";
    private static final String CHECKPOINTS = "SELECT tree_size, root_hash, made_at_ms, key_id, public_key, signature"
            + " FROM audit_checkpoint ORDER BY tree_size, id";
    private static final String TICKETS_WITHOUT_CHAIN = "SELECT t.ticket_number FROM ticket t WHERE NOT EXISTS"
            + " (SELECT 1 FROM audit_entry a WHERE a.chain_key = CONCAT('ticket:', t.ticket_number)) ORDER BY t.ticket_number";

    private AuditTrailCheck() {
    }

    /** Verifies against {@code against}, or against the desk's newest checkpoint when it is null; any signing key counts. */
    public static AuditVerification verify(Connection db, TreeHead against) throws SQLException {
        return verify(db, against, null);
    }

    /**
     * Verifies against {@code against}, or against the newest checkpoint in the database signed by one of
     * {@code trustedKeys} (key ids; null: any key) when it is null. Checkpoints in the database signed by
     * another key are reported: only someone who could write to the database puts them there.
     */
    public static AuditVerification verify(Connection db, TreeHead against, Set<String> trustedKeys) throws SQLException {
        List<TreeHead> stored = checkpoints(db);
        List<TreeHead> checkpoints = stored.stream().filter(h -> trustedKeys == null || trustedKeys.contains(h.keyId())).toList();
        List<String> foreign = stored.stream().filter(h -> !checkpoints.contains(h))
                .map(h -> "The database holds a checkpoint of " + h.time() + " (" + h.size() + " entries) signed by a key that is not"
                        + " this desk's (key id " + h.keyId() + "); it was ignored.")
                .toList();
        // with no checkpoint of a trusted key, the newest of another key is checked, and shown as not the desk's
        TreeHead head = against != null ? against : !checkpoints.isEmpty() ? checkpoints.get(checkpoints.size() - 1)
                : stored.isEmpty() ? null : stored.get(stored.size() - 1);
        AuditChainVerifier chains = new AuditChainVerifier();
        CheckpointCheck log = head == null ? null : new CheckpointCheck(head, checkpoints, trustedKeys);
        try (PreparedStatement statement = db.prepareStatement(ENTRIES)) {
            statement.setFetchSize(2_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    AuditEntry e = entry(row);
                    chains.accept(e);
                    if (log != null) {
                        log.accept(e);
                    }
                }
            }
        }
        List<String> missingChains = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(TICKETS_WITHOUT_CHAIN);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                missingChains.add(AuditEntry.ticketChain(row.getString(1)));
            }
        }
        AuditVerification verified = chains.result();
        CheckpointVerification checked = log == null ? null : log.result();
        if (checked != null && !foreign.isEmpty()) {
            List<String> problems = new ArrayList<>(checked.problems());
            problems.addAll(foreign);
            checked = new CheckpointVerification(checked.checkpoint(), checked.signatureValid(), false, checked.entriesCovered(),
                    checked.entriesAfter(), List.copyOf(problems));
        }
        return new AuditVerification(verified.chains(), verified.entries(), verified.broken(), List.copyOf(missingChains), checked);
    }

    /** The entry in the current row of a query that selects {@link #COLUMNS} first. */
    public static AuditEntry entry(ResultSet row) throws SQLException {
        AuditEntry e = AuditEntry.stored(AuditRecipe.of(row.getInt(1)), row.getString(2), row.getLong(3), row.getString(4),
                action(row.getString(5)), row.getString(6), row.getString(7), row.getString(8), row.getLong(9),
                row.getString(10), row.getString(11));
        long index = row.getLong(12);
        if (!row.wasNull()) {
            e.enterLog(index, row.getString(13));
        }
        return e;
    }

    public static long countByRecipe(Connection db, AuditRecipe recipe) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE recipe = ?")) {
            statement.setInt(1, recipe.number());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static List<TreeHead> checkpoints(Connection db) throws SQLException {
        List<TreeHead> heads = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(CHECKPOINTS); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                heads.add(new TreeHead(row.getLong(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3)), row.getString(4),
                        row.getString(5), row.getString(6)));
            }
        }
        return heads;
    }

    /** An action this version doesn't know (an altered entry) reads as none, so the entry's hash no longer matches. */
    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
