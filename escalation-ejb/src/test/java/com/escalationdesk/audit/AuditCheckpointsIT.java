package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.schema.SchemaMigration;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Signed checkpoints on Payara Micro: each kind of tampering done in plain SQL is found against a
 * checkpoint and named; proofs verify; the upgrade keeps the old trail verifiable.
 */
class AuditCheckpointsIT extends OnAFreshDemoDesk {

    private static final String COLUMNS = "id, chain_key, sequence_no, actor, action, summary, before_state, after_state,"
            + " occurred_at_us, previous_hash, entry_hash, recipe, log_index, leaf_hash";

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Directory directory;

    @Inject
    AuditReports reports;

    @Inject
    AuditLog auditLog;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Test
    void aCheckpointCoversTheWholeTrailIsSignedAndLeavesTheDatabase() throws Exception {
        String number = ticketWithNotes("Checkpoint me", 2);
        signIn.as("adam");

        CheckpointRow made = reports.makeCheckpoint();

        long entries = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry").getSingleResult()).longValue();
        assertThat(made.head().size()).isEqualTo(entries);
        assertThat(made.head().signatureValid()).isTrue();
        assertThat(made.madeBy()).isEqualTo("adam");
        assertThat(made.reason()).isEqualTo(AuditCheckpoint.Reason.ON_DEMAND);
        AuditVerification verified = reports.verify();
        assertThat(verified.intact()).isTrue();
        assertThat(verified.checkpoint().verified()).isTrue();
        assertThat(verified.checkpoint().entriesCovered()).isEqualTo(entries);
        Path published = Path.of(System.getProperty("escalationdesk.audit.keystore")).resolveSibling("audit-checkpoints.jsonl");
        assertThat(Files.readAllLines(published)).last().isEqualTo(made.json());
        assertThat(reports.checkpoints(5).get(0).head()).isEqualTo(made.head());
        assertThat(number).isNotBlank();
    }

    @Test
    void aChangedEntryIsFound() throws Exception {
        String chain = checkpointed("Change target");
        List<Object[]> saved = rows("chain_key = ?1 AND sequence_no = 2", chain);
        sql("UPDATE audit_entry SET summary = 'Internal note: never said' WHERE chain_key = ?1 AND sequence_no = 2", chain);

        AuditVerification v = reports.verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.broken()).extracting(BrokenLink::chainKey).containsExactly(chain);
        assertThat(v.checkpoint().verified()).isFalse();
        restore(chain, saved);
    }

    @Test
    void aDeletedMiddleEntryIsFound() throws Exception {
        String chain = checkpointed("Middle deletion");
        List<Object[]> saved = rows("chain_key = ?1 AND sequence_no = 2", chain);
        sql("DELETE FROM audit_entry WHERE chain_key = ?1 AND sequence_no = 2", chain);

        AuditVerification v = reports.verify();

        assertThat(v.broken()).containsExactly(new BrokenLink(chain, 3, "expected entry #2 here; entries are missing or out of order"));
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("1 of the", "log positions " + saved.get(0)[12]));
        restore(chain, saved);
    }

    @Test
    void deletingTheNewestEntriesOfAChainIsFoundThoughTheChainStillVerifies() throws Exception {
        String chain = checkpointed("Last deletion");
        List<Object[]> saved = rows("chain_key = ?1 AND sequence_no >= 2", chain);
        sql("DELETE FROM audit_entry WHERE chain_key = ?1 AND sequence_no >= 2", chain);

        AuditVerification v = reports.verify();

        assertThat(v.broken()).isEmpty();
        assertThat(v.intact()).isFalse();
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("2 of the", "are missing"));
        restore(chain, saved);
    }

    @Test
    void aWholeDeletedChainIsFoundAndItsTicketNamed() throws Exception {
        String chain = checkpointed("Chain deletion");
        List<Object[]> saved = rows("chain_key = ?1", chain);
        sql("DELETE FROM audit_entry WHERE chain_key = ?1", chain);

        AuditVerification v = reports.verify();

        assertThat(v.broken()).isEmpty();
        assertThat(v.missingChains()).containsExactly(chain);
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("3 of the", "are missing"));
        restore(chain, saved);
    }

    @Test
    void reorderedEntriesAreFound() throws Exception {
        String chain = checkpointed("Reorder target");
        List<Object[]> saved = rows("chain_key = ?1", chain);
        long first = ((Number) saved.get(0)[12]).longValue();
        long second = ((Number) saved.get(1)[12]).longValue();
        sql("UPDATE audit_entry SET log_index = -1 WHERE chain_key = ?1 AND sequence_no = 1", chain);
        sql("UPDATE audit_entry SET log_index = " + first + " WHERE chain_key = ?1 AND sequence_no = 2", chain);
        sql("UPDATE audit_entry SET log_index = " + second + " WHERE chain_key = ?1 AND sequence_no = 1", chain);

        AuditVerification v = reports.verify();

        assertThat(v.broken()).isEmpty();
        assertThat(v.checkpoint().verified()).isFalse();
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("do not hash to its root"));
        restore(chain, saved);
    }

    @Test
    void aTimestampMovedByAMicrosecondIsFound() throws Exception {
        String chain = checkpointed("Time target");
        List<Object[]> saved = rows("chain_key = ?1", chain);
        sql("UPDATE audit_entry SET occurred_at_us = occurred_at_us + 1 WHERE chain_key = ?1 AND sequence_no = 3", chain);

        AuditVerification v = reports.verify();

        assertThat(v.broken()).extracting(BrokenLink::sequenceNo).containsExactly(3L);
        assertThat(v.checkpoint().verified()).isFalse();
        restore(chain, saved);
    }

    @Test
    void aRewriteWithRecomputedHashesIsFoundAndTheEntryNamed() throws Exception {
        String chain = checkpointed("Rewrite target");
        List<Object[]> saved = rows("chain_key = ?1", chain);
        Object[] last = saved.get(2);
        AuditEntry forged = rewriteWithRecomputedHash(chain, last, "Internal note: all refunds approved");

        AuditVerification v = reports.verify();

        assertThat(v.broken()).as("the chains still verify").isEmpty();
        assertThat(v.intact()).isFalse();
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains(chain + " #3", "differs"));

        // an attacker who also rewrites the stored leaf hash is still caught by the root
        sql("UPDATE audit_entry SET leaf_hash = '" + MerkleTree.hex(MerkleTree.leafHash(AuditRecipe.leafData(forged)))
                + "' WHERE chain_key = ?1 AND sequence_no = 3", chain);
        assertThat(reports.verify().checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("do not hash to its root"));
        restore(chain, saved);
    }

    @Test
    void aCheckpointFromTheAdminsOwnRecordsCatchesARewriteThatALaterCheckpointSigned() throws Exception {
        String chain = checkpointed("Own records");
        String kept = reports.checkpoints(1).get(0).json();
        List<Object[]> saved = rows("chain_key = ?1", chain);
        Object[] last = saved.get(2);
        rewriteWithRecomputedHash(chain, last, "Internal note: rewritten");
        sql("DELETE FROM audit_checkpoint", null);
        sql("UPDATE audit_log_state SET tree_size = 0, peaks = ''", null);
        sql("UPDATE audit_entry SET log_index = NULL, leaf_hash = NULL", null);
        reports.makeCheckpoint(); // signed over the rewritten trail: the newest checkpoint alone sees nothing

        assertThat(reports.verify().intact()).isTrue();
        AuditVerification v = reports.verifyAgainst(kept);
        assertThat(v.intact()).isFalse();
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("do not hash to its root"));
        assertThatThrownBy(() -> reports.verifyAgainst("{\"format\":\"something else\"}")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("could not be read");
    }

    @Test
    void aTicketsExportCarriesInclusionProofsAgainstTheCheckpoint() throws Exception {
        String chain = checkpointed("Proof target");
        signIn.as("alice");
        TicketAuditExport export = reports.ticketExport(chain.substring("ticket:".length()));

        assertThat(export.entries()).hasSize(3);
        assertThat(export.inclusion()).hasSize(3);
        byte[] root = MerkleTree.unhex(export.checkpoint().rootHash());
        for (int i = 0; i < 3; i++) {
            AuditRow row = export.entries().get(i);
            AuditEntry e = AuditEntry.stored(AuditRecipe.of(row.recipe()), row.chain(), row.sequenceNo(), row.actor(), row.action(),
                    row.summary(), row.before(), row.after(), row.occurredAtMicros(), row.previousHash(), row.hash());
            List<byte[]> path = export.inclusion().get(i).path().stream().map(MerkleTree::unhex).toList();
            assertThat(MerkleTree.verifyInclusion(row.logIndex(), export.checkpoint().size(),
                    MerkleTree.leafHash(AuditRecipe.leafData(e)), path, root)).isTrue();
        }
    }

    @Test
    void aNewerCheckpointProvablyExtendsAnOlderOne() throws Exception {
        checkpointed("First");
        TreeHead older = reports.checkpoints(1).get(0).head();
        ticketWithNotes("Second", 1);
        signIn.as("adam");
        TreeHead newer = reports.makeCheckpoint().head();

        List<byte[]> proof = reports.consistency(older.size(), newer.size()).stream().map(MerkleTree::unhex).toList();

        assertThat(MerkleTree.verifyConsistency(older.size(), newer.size(), MerkleTree.unhex(older.rootHash()),
                MerkleTree.unhex(newer.rootHash()), proof)).isTrue();
        assertThatThrownBy(() -> reports.consistency(newer.size(), older.size())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCheckpointForgedInTheDatabaseWithAnotherKeyIsReportedAndIgnored() throws Exception {
        String chain = checkpointed("Forged checkpoint");
        TreeHead real = reports.checkpoints(1).get(0).head();
        java.security.KeyPair attacker = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        TreeHead forged = TreeHead.sign(real.size() - 1, MerkleTree.unhex(real.rootHash()), Instant.now(), attacker.getPrivate(),
                attacker.getPublic());
        sql("INSERT INTO audit_checkpoint (id, tree_size, root_hash, made_at_ms, key_id, public_key, signature, made_by, reason)"
                + " VALUES (999999, " + forged.size() + ", '" + forged.rootHash() + "', " + forged.time().toEpochMilli() + ", '"
                + forged.keyId() + "', '" + forged.publicKey() + "', '" + forged.signature() + "', 'adam', 'ON_DEMAND')", null);

        AuditVerification v = reports.verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.checkpoint().checkpoint()).isEqualTo(real);
        assertThat(v.checkpoint().problems()).anySatisfy(p -> assertThat(p).contains("not this desk's", forged.keyId()));
        sql("DELETE FROM audit_checkpoint WHERE id = 999999", null);
        assertThat(reports.verify().intact()).isTrue();
        assertThat(chain).isNotBlank();
    }

    @Test
    void theFirstStartAfterTheUpgradeTakesTheOldEntriesInWithAMigrationCheckpoint() throws Exception {
        signIn.as("adam");
        sql("DELETE FROM audit_checkpoint", null);
        sql("UPDATE audit_log_state SET tree_size = 0, peaks = ''", null);
        sql("UPDATE audit_entry SET log_index = NULL, leaf_hash = NULL", null);
        long at = AuditEntry.micros(Instant.parse("2026-06-01T10:00:00.123Z"));
        AuditEntry unsigned = AuditEntry.stored(AuditRecipe.V1, "ticket:LEGACY-1", 1, "alice", AuditAction.NOTE_ADDED,
                "Internal note: written before the upgrade", null, "{}", at, AuditEntry.GENESIS, null);
        sql("INSERT INTO audit_entry (id, chain_key, sequence_no, actor, action, summary, before_state, after_state, occurred_at_us,"
                + " previous_hash, entry_hash, recipe) VALUES (888888, 'ticket:LEGACY-1', 1, 'alice', 'NOTE_ADDED',"
                + " 'Internal note: written before the upgrade', NULL, '{}', " + at + ", '" + AuditEntry.GENESIS + "', '"
                + unsigned.computeHash() + "', 1)", null);

        long lastBefore = ((Number) em.createNativeQuery("SELECT MAX(id) FROM audit_entry WHERE id <> 888888").getSingleResult())
                .longValue();
        AuditCheckpoint made = auditLog.checkpointTheOldTrail();

        // the desk's timers may write entries meanwhile: those come after the checkpoint, not in it
        long takenIn = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE log_index IS NOT NULL")
                .getSingleResult()).longValue();
        assertThat(made.getReason()).isEqualTo(AuditCheckpoint.Reason.MIGRATION);
        assertThat(made.getNote()).contains("1 entries written under recipe 1", "verified intact first");
        assertThat(made.getTreeSize()).isEqualTo(takenIn);
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE log_index IS NULL AND (id <= " + lastBefore
                + " OR id = 888888)").getSingleResult()).longValue()).as("every entry written before it is in it").isZero();
        assertThat(em.createNativeQuery("SELECT log_index FROM audit_entry WHERE id = 888888").getSingleResult())
                .as("the old entry is in the log").isNotNull();
        assertThat(auditLog.checkpointTheOldTrail()).as("made once").isNull();
        assertThat(reports.verify().intact()).isTrue();
    }

    @Test
    void onlyAdminsMakeCheckpoints() {
        signIn.as("maria");
        assertThatThrownBy(() -> reports.makeCheckpoint()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theUpgradeKeepsTheOldTrailVerifiableFromTheZoneItWasWrittenIn() throws Exception {
        String schema = "audit_upgrade_test";
        Flyway old = SchemaMigration.migrations(dataSource).schemas(schema).cleanDisabled(false).target("19").load();
        old.clean();
        old.migrate();
        Instant first = Instant.parse("2026-03-29T00:59:59.123Z");
        try (Connection db = dataSource.getConnection()) {
            String usual = db.getSchema();
            db.setSchema(schema);
            try {
                insertOldEntry(db, first);
            } finally {
                db.setSchema(usual); // the pool hands this connection out again
            }
        }
        SchemaMigration.migrations(dataSource).schemas(schema).load().migrate();
        try (Connection db = dataSource.getConnection()) {
            String usual = db.getSchema();
            db.setSchema(schema);
            try {
                AuditVerification v = AuditTrailCheck.verify(db, null);
                assertThat(v.entries()).isEqualTo(1);
                assertThat(v.intact()).as("the old entry verifies under the old recipe: %s", v.broken()).isTrue();
                assertThat(AuditTrailCheck.countByRecipe(db, AuditRecipe.V1)).isEqualTo(1);
            } finally {
                db.setSchema(usual);
            }
        } finally {
            old.clean();
        }
    }

    private static void insertOldEntry(Connection db, Instant first) throws Exception {
        {
            AuditEntry one = AuditEntry.stored(AuditRecipe.V1, "configuration", 1, "adam", AuditAction.TEAM_CREATED, "Team created",
                    null, "{\"name\":\"Billing\"}", AuditEntry.micros(first), AuditEntry.GENESIS, null);
            one = AuditEntry.stored(AuditRecipe.V1, "configuration", 1, "adam", AuditAction.TEAM_CREATED, "Team created", null,
                    "{\"name\":\"Billing\"}", AuditEntry.micros(first), AuditEntry.GENESIS, one.computeHash());
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (id, chain_key, sequence_no, actor, action,"
                    + " summary, before_state, after_state, occurred_at, previous_hash, entry_hash) VALUES (1, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, one.getChainKey());
                insert.setString(2, one.getActor());
                insert.setString(3, one.getAction().name());
                insert.setString(4, one.getSummary());
                insert.setString(5, null);
                insert.setString(6, one.getAfterState());
                // as EclipseLink wrote it before: the server's local clock time, no zone
                insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.ofInstant(first, ZoneId.systemDefault())));
                insert.setString(8, one.getPreviousHash());
                insert.setString(9, one.getHash());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Rewrites the summary of the chain's third entry (a saved row) as an attacker who knows the recipe
     * would, recomputing its hash so that the chain still verifies; returns the entry as now stored.
     */
    private AuditEntry rewriteWithRecomputedHash(String chain, Object[] row, String summary) throws Exception {
        AuditEntry unhashed = AuditEntry.stored(AuditRecipe.V2, chain, 3, (String) row[3], AuditAction.valueOf((String) row[4]),
                summary, (String) row[6], (String) row[7], ((Number) row[8]).longValue(), (String) row[9], null);
        AuditEntry forged = AuditEntry.stored(AuditRecipe.V2, chain, 3, (String) row[3], AuditAction.valueOf((String) row[4]),
                summary, (String) row[6], (String) row[7], ((Number) row[8]).longValue(), (String) row[9], unhashed.computeHash());
        sql("UPDATE audit_entry SET summary = '" + summary + "', entry_hash = '" + forged.getHash()
                + "' WHERE chain_key = ?1 AND sequence_no = 3", chain);
        return forged;
    }

    /** A ticket of three entries, then a checkpoint over the whole trail; signed in as adam afterwards. */
    private String checkpointed(String subject) throws Exception {
        String number = ticketWithNotes(subject, 2);
        signIn.as("adam");
        reports.makeCheckpoint();
        AuditVerification before = reports.verify();
        assertThat(before.intact()).as("intact before tampering: %s", AuditVerifierCommand.report(before)).isTrue();
        return AuditEntry.ticketChain(number);
    }

    private String ticketWithNotes(String subject, int notes) {
        signIn.as("alice");
        String number = tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), subject, "About: " + subject,
                Category.GENERAL, Priority.LOW));
        for (int i = 1; i <= notes; i++) {
            tickets.addNote(number, "Note " + i, NoteVisibility.INTERNAL);
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String where, String chain) {
        return new ArrayList<>(em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where + " ORDER BY sequence_no")
                .setParameter(1, chain).getResultList());
    }

    /** Puts the chain back as it was, and checks that the trail verifies again. */
    private void restore(String chain, List<Object[]> saved) throws Exception {
        for (Object[] row : saved) {
            sql("DELETE FROM audit_entry WHERE chain_key = ?1 AND id = " + ((Number) row[0]).longValue(), chain);
        }
        tx.begin();
        em.joinTransaction();
        for (Object[] row : saved) {
            var insert = em.createNativeQuery("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                    + " ?10, ?11, ?12, ?13, ?14)");
            for (int i = 0; i < row.length; i++) {
                insert.setParameter(i + 1, row[i]);
            }
            insert.executeUpdate();
        }
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        AuditVerification after = reports.verify();
        assertThat(after.intact()).as("intact once restored: %s", AuditVerifierCommand.report(after)).isTrue();
    }

    private void sql(String statement, String chain) throws Exception {
        tx.begin();
        em.joinTransaction();
        var query = em.createNativeQuery(statement);
        if (chain != null) {
            query.setParameter(1, chain);
        }
        query.executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
