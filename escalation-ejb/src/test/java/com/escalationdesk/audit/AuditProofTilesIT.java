package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticket's inclusion proofs come from the server's cached upper tree levels (tiles of 256 leaves)
 * plus a few tiles read for the occasion: they must verify against the checkpoint over many tiles,
 * and still verify after the log was replaced under the cache, as a restored snapshot replaces it.
 */
class AuditProofTilesIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Directory directory;

    @Inject
    AuditReports reports;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void proofsVerifyAcrossManyTilesAndAfterTheLogWasReplacedUnderTheCache() throws Exception {
        signIn.as("adam");
        reports.makeCheckpoint();
        Object[] state = (Object[]) em.createNativeQuery("SELECT tree_size, peaks FROM audit_log_state WHERE id = 1").getSingleResult();
        long before = ((Number) state[0]).longValue();

        String first = ticketWithNotes("Spanning tiles", 2 * MerkleTiles.TILE);
        assertProofsVerify(first);

        // Replace everything after `before`, as restoring a snapshot taken then would, and write other entries there.
        sql("DELETE FROM audit_entry WHERE log_index >= " + before + " OR log_index IS NULL");
        sql("DELETE FROM audit_checkpoint WHERE tree_size > " + before);
        sql("UPDATE audit_log_state SET tree_size = " + before + ", peaks = '" + state[1] + "' WHERE id = 1");
        em.getEntityManagerFactory().getCache().evictAll();
        String second = ticketWithNotes("Written over the old positions", 2 * MerkleTiles.TILE + 10);
        assertProofsVerify(second);
    }

    private void assertProofsVerify(String number) {
        signIn.as("adam");
        reports.makeCheckpoint();
        signIn.as("alice");
        TicketAuditExport export = reports.ticketExport(number);
        byte[] root = MerkleTree.unhex(export.checkpoint().rootHash());
        assertThat(export.inclusion()).hasSameSizeAs(export.entries()).hasSizeGreaterThan(2 * MerkleTiles.TILE);
        for (int i = 0; i < export.entries().size(); i++) {
            AuditRow row = export.entries().get(i);
            AuditEntry e = AuditEntry.stored(AuditRecipe.of(row.recipe()), row.chain(), row.sequenceNo(), row.actor(), row.action(),
                    row.summary(), row.before(), row.after(), row.occurredAtMicros(), row.previousHash(), row.hash());
            List<byte[]> path = export.inclusion().get(i).path().stream().map(MerkleTree::unhex).toList();
            assertThat(MerkleTree.verifyInclusion(row.logIndex(), export.checkpoint().size(),
                    MerkleTree.leafHash(AuditRecipe.leafData(e)), path, root)).as("entry %d of %s", i, number).isTrue();
        }
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

    private void sql(String statement) throws Exception {
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery(statement).executeUpdate();
        tx.commit();
    }
}
