package com.escalationdesk.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies the audit trail straight from the database, independently of the running application:
 * {@code java -cp escalation-domain.jar:<jdbc driver> com.escalationdesk.audit.AuditVerifierCommand
 * <jdbc-url> [user] [password] [--checkpoint <file>]}. Without {@code --checkpoint} it checks against
 * the desk's newest checkpoint in the database; with it, against a checkpoint kept outside the
 * database: a checkpoint file an admin downloaded, or the desk's append-only file of them (JSON
 * Lines: the last one is checked, and only checkpoints signed by the keys in the file count).
 * Exit code 0: intact; 1: broken or tampered (listed); 2: could not read. {@code ./run verify-audit}
 * runs it against the embedded database and the desk's own checkpoint file.
 */
public final class AuditVerifierCommand {

    private AuditVerifierCommand() {
    }

    public static void main(String[] args) {
        List<String> plain = new ArrayList<>();
        Path checkpointFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--checkpoint") && i + 1 < args.length) {
                checkpointFile = Path.of(args[++i]);
            } else {
                plain.add(args[i]);
            }
        }
        if (plain.isEmpty()) {
            System.err.println("Usage: AuditVerifierCommand <jdbc-url> [user] [password] [--checkpoint <file>]");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(plain.get(0), plain.size() > 1 ? plain.get(1) : "",
                plain.size() > 2 ? plain.get(2) : "")) {
            TreeHead against = null;
            Set<String> trusted = null;
            if (checkpointFile != null) {
                List<TreeHead> kept = Files.readAllLines(checkpointFile).stream().filter(l -> !l.isBlank()).map(CheckpointJson::parse)
                        .toList();
                if (kept.isEmpty()) {
                    throw new IllegalArgumentException("it holds no checkpoint");
                }
                against = kept.get(kept.size() - 1);
                trusted = kept.stream().map(TreeHead::keyId).collect(Collectors.toSet());
            }
            AuditVerification result = AuditTrailCheck.verify(db, against, trusted);
            report(result).forEach(System.out::println);
            System.exit(result.intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit trail: " + e.getMessage());
            System.exit(2);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("Could not read the checkpoint " + checkpointFile + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** The verification in lines of text, as the command line and the logs show it. */
    public static List<String> report(AuditVerification result) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Checked %d entries in %d chains.", result.entries(), result.chains()));
        if (!result.broken().isEmpty()) {
            lines.add("BROKEN: " + result.broken().size() + " chain(s); first broken entry of each:");
            result.broken().forEach(b -> lines.add("  " + b));
        }
        if (!result.missingChains().isEmpty()) {
            lines.add("MISSING: " + result.missingChains().size() + " ticket(s) have no audit entries at all: "
                    + String.join(", ", result.missingChains().subList(0, Math.min(20, result.missingChains().size()))));
        }
        CheckpointVerification c = result.checkpoint();
        if (c == null) {
            lines.add("No checkpoint yet: only the hash chains were checked.");
        } else {
            lines.add("Checkpoint of " + c.checkpoint().time() + ": " + c.checkpoint().size() + " entries, root "
                    + c.checkpoint().rootHash() + ", key " + c.checkpoint().keyId());
            lines.add(c.verified() ? "  The log matches it: signature valid, " + c.entriesCovered() + " entries hash to its root."
                    : "  TAMPERED: the log does not match it.");
            c.problems().forEach(p -> lines.add("  " + p));
            lines.add("  " + c.entriesAfter() + " entries were written after it; their hash chains protect them until the next checkpoint.");
        }
        lines.add(result.intact() ? "The audit trail is intact." : "The audit trail is NOT intact.");
        return lines;
    }
}
