package com.escalationdesk.audit;

import com.escalationdesk.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;

/**
 * Sends every checkpoint out of the database's reach: one JSON line appended to a file next to the
 * signing key (system property {@value #FILE}; {@code ./run} prints its place), which an auditor can
 * copy, mirror or make append-only (chattr +a), and one line in the server log. Someone who rewrites
 * the database cannot take back what was published here.
 */
@ApplicationScoped
public class CheckpointPublication {

    public static final String FILE = "escalationdesk.audit.checkpointFile";
    private static final Logger LOG = Logger.getLogger(CheckpointPublication.class.getName());

    @Inject
    private AuditSigningKey key;

    public Path file() {
        String configured = System.getProperty(FILE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path keystore = key.keystore();
        return keystore == null ? null : keystore.resolveSibling("audit-checkpoints.jsonl");
    }

    synchronized void publish(AuditCheckpoint checkpoint) {
        String line = CheckpointJson.of(checkpoint.head());
        LOG.info(() -> "Audit checkpoint " + line);
        Path file = file();
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            // the checkpoint must not be taken as made when it could not leave the database
            LOG.warning(() -> "Could not append the checkpoint to " + file + ": " + e);
            throw new RuleViolation("The checkpoint could not be written to " + file + " (" + e.getMessage()
                    + "), so none was made. Check that the file is writable by the server.");
        }
    }
}
