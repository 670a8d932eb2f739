import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;

/**
 * Writes N audit entries straight into a desk's database, in chains of 50 (as tickets with long
 * histories), hashed as the desk hashes them and not yet in the Merkle log: what a desk holds before
 * its first checkpoint over a large trail. For bench/audit-benchmark.sh.
 *
 *   java -cp escalation-domain/target/classes:h2.jar bench/AuditLoad.java JDBC_URL ENTRIES
 */
public class AuditLoad {

    public static void main(String[] args) throws Exception {
        long entries = Long.parseLong(args[1]);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (Connection db = DriverManager.getConnection(args[0], "", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (id, chain_key, sequence_no, actor, action,"
                    + " summary, before_state, after_state, occurred_at_us, previous_hash, entry_hash, recipe)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)")) {
                AuditEntry previous = null;
                for (long i = 0; i < entries; i++) {
                    String chain = "ticket:BENCH-" + (i / 50);
                    AuditEntry e = AuditEntry.append(i % 50 == 0 ? null : previous, chain, "alice", AuditAction.NOTE_ADDED,
                            "Internal note: benchmark note " + i, "{\"status\":\"OPEN\"}", "{\"status\":\"OPEN\",\"notes\":" + (i % 50) + "}",
                            start.plusMillis(i * 1000 + i % 997));
                    insert.setLong(1, 1_000_000_000L + i);
                    insert.setString(2, e.getChainKey());
                    insert.setLong(3, e.getSequenceNo());
                    insert.setString(4, e.getActor());
                    insert.setString(5, e.getAction().name());
                    insert.setString(6, e.getSummary());
                    insert.setString(7, e.getBeforeState());
                    insert.setString(8, e.getAfterState());
                    insert.setLong(9, e.getOccurredMicros());
                    insert.setString(10, e.getPreviousHash());
                    insert.setString(11, e.getHash());
                    insert.addBatch();
                    previous = e;
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
        }
    }
}
