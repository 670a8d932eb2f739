package com.escalationdesk.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Verifies the audit trail straight from the database, independently of the running application:
 * {@code java -cp escalation-domain.jar:<jdbc driver> com.escalationdesk.audit.AuditVerifierCommand
 * <jdbc-url> [user] [password]}. Exit code 0: intact; 1: broken entries (listed); 2: could not read.
 * {@code ./run verify-audit} runs it against the embedded database.
 */
public final class AuditVerifierCommand {

    private static final String QUERY = "SELECT chain_key, sequence_no, actor, action, summary, before_state,"
            + " after_state, occurred_at, previous_hash, entry_hash FROM audit_entry ORDER BY chain_key, sequence_no";

    private AuditVerifierCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("Usage: AuditVerifierCommand <jdbc-url> [user] [password]");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "",
                args.length > 2 ? args[2] : "")) {
            AuditVerification result = verify(db);
            System.out.printf("Checked %d entries in %d chains.%n", result.entries(), result.chains());
            if (result.intact()) {
                System.out.println("The audit trail is intact.");
                System.exit(0);
            }
            System.out.println("BROKEN: " + result.broken().size() + " chain(s); first broken entry of each:");
            result.broken().forEach(b -> System.out.println("  " + b));
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit trail: " + e.getMessage());
            System.exit(2);
        }
    }

    static AuditVerification verify(Connection db) throws SQLException {
        AuditChainVerifier verifier = new AuditChainVerifier();
        try (PreparedStatement statement = db.prepareStatement(QUERY)) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    verifier.accept(AuditEntry.stored(row.getString(1), row.getLong(2), row.getString(3),
                            AuditAction.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                            row.getTimestamp(8).toInstant(), row.getString(9), row.getString(10)));
                }
            }
        }
        return verifier.result();
    }
}
