package com.escalationdesk.schema;

import com.escalationdesk.audit.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit trail's time becomes a zone-free number, microseconds since the epoch in UTC, and the
 * trail gets a Merkle log with signed checkpoints. Entries already written keep their hashes under
 * the first recipe (recipe = 1), which hashed epoch milliseconds: their old local-time column is
 * read in the zone the server wrote it in (the JVM's, or escalationdesk.audit.legacyZone when the
 * server has moved), so they stay verifiable exactly as they were. A Java migration, because only
 * the server knows that zone.
 */
public class V20__audit_trail_in_utc_and_merkle_log extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN occurred_at_us BIGINT");
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN recipe INTEGER DEFAULT 1 NOT NULL");
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN log_index BIGINT");
            ddl.execute("ALTER TABLE audit_entry ADD COLUMN leaf_hash VARCHAR(64)");
        }
        Calendar writtenIn = Calendar.getInstance(TimeZone.getTimeZone(
                ZoneId.of(System.getProperty("escalationdesk.audit.legacyZone", ZoneId.systemDefault().getId()))));
        try (PreparedStatement read = db.prepareStatement("SELECT id, occurred_at FROM audit_entry");
                PreparedStatement write = db.prepareStatement("UPDATE audit_entry SET occurred_at_us = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    write.setLong(1, AuditEntry.micros(row.getTimestamp(2, writtenIn).toInstant()));
                    write.setLong(2, row.getLong(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE audit_entry ALTER COLUMN occurred_at_us SET NOT NULL");
            ddl.execute("ALTER TABLE audit_entry DROP COLUMN occurred_at");
            ddl.execute("CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at_us)");
            ddl.execute("CREATE UNIQUE INDEX ux_audit_entry_log_index ON audit_entry (log_index)");
            // the log's growing edge, one row, locked by whoever takes entries into the log
            ddl.execute("CREATE TABLE audit_log_state (id INTEGER NOT NULL PRIMARY KEY, tree_size BIGINT NOT NULL,"
                    + " peaks VARCHAR(5000) NOT NULL)");
            ddl.execute("INSERT INTO audit_log_state (id, tree_size, peaks) VALUES (1, 0, '')");
            ddl.execute("CREATE TABLE audit_checkpoint (id BIGINT NOT NULL PRIMARY KEY, tree_size BIGINT NOT NULL,"
                    + " root_hash VARCHAR(64) NOT NULL, made_at_ms BIGINT NOT NULL, key_id VARCHAR(64) NOT NULL,"
                    + " public_key VARCHAR(200) NOT NULL, signature VARCHAR(200) NOT NULL, made_by VARCHAR(60) NOT NULL,"
                    + " reason VARCHAR(20) NOT NULL, note VARCHAR(1000))");
            ddl.execute("CREATE SEQUENCE audit_checkpoint_seq START WITH 1 INCREMENT BY 1");
        }
    }
}
