package com.escalationdesk.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The rows and sequences of a freshly loaded demo desk, copied into a schema of their own, so that the
 * next test class gets the same desk back in a fraction of a second instead of migrating and loading
 * it again (4 to 8 seconds a class, most of the service suite's time). Copying in SQL keeps every
 * column's type as the database has it; nothing passes through Java.
 */
final class DeskSnapshot {

    private static final String SNAPSHOT_SCHEMA = "desk_snapshot";

    private final boolean postgres;
    private final String schema;
    private final List<String> tables;
    private final Map<String, Long> nextValues;
    private final Instant takenAt;

    private DeskSnapshot(boolean postgres, String schema, List<String> tables, Map<String, Long> nextValues, Instant takenAt) {
        this.postgres = postgres;
        this.schema = schema;
        this.tables = tables;
        this.nextValues = nextValues;
        this.takenAt = takenAt;
    }

    /** Copies every table of the application's schema, and notes the next value of each sequence. */
    static DeskSnapshot take(DataSource dataSource, Instant takenAt) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            String schema = postgres ? "public" : "PUBLIC";
            String copy = postgres ? SNAPSHOT_SCHEMA : SNAPSHOT_SCHEMA.toUpperCase();
            List<String> tables = tables(c.getMetaData(), schema);
            s.execute("DROP SCHEMA IF EXISTS " + copy + " CASCADE");
            s.execute("CREATE SCHEMA " + copy);
            for (String table : tables) {
                s.execute("CREATE TABLE " + copy + "." + quoted(table) + " AS SELECT * FROM " + schema + "." + quoted(table));
            }
            return new DeskSnapshot(postgres, schema, tables, nextValues(s, postgres, schema), takenAt);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a snapshot of the demo desk", e);
        }
    }

    /** The moment the copied desk was loaded: the test clock goes back to it, as if the desk had just been loaded. */
    Instant takenAt() {
        return takenAt;
    }

    /**
     * Puts the copied rows back in place of whatever the last test class left, in one transaction; the
     * sequences stay where they are, or go to where they stood if that is further. Foreign keys are not
     * checked while the rows go back, since the rows are those of a consistent desk and their order of
     * insertion is not theirs. A deadlock with a timer's transaction is tried again.
     */
    void restore(DataSource dataSource) {
        for (int attempt = 1; ; attempt++) {
            try {
                restoreOnce(dataSource);
                return;
            } catch (IllegalStateException e) {
                // a timer's transaction that took row locks in another order: PostgreSQL ends one of the two
                if (attempt == 5 || !(e.getCause() instanceof SQLException sql) || !RETRYABLE.contains(sql.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** Deadlock detected, lock not available (the lock timeout), serialization failure. */
    private static final Set<String> RETRYABLE = Set.of("40P01", "55P03", "40001");

    private void restoreOnce(DataSource dataSource) {
        String copy = postgres ? SNAPSHOT_SCHEMA : SNAPSHOT_SCHEMA.toUpperCase();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (postgres) {
                    // a timer's transaction may hold a row lock on a table: wait for it, not forever
                    s.execute("SET LOCAL lock_timeout = '15s'");
                    s.execute("SET LOCAL session_replication_role = replica");
                } else {
                    s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                }
                // the roller's lock first: a batch of it in flight committed rollup rows this transaction's DELETE did
                // not see (inserted after the statement began), and the restored facts, pending again, were then
                // rolled up a second time (a dashboard counted the demo's resolutions twice)
                s.executeQuery("SELECT id FROM " + schema + ".rollup_lock WHERE id = 1 FOR UPDATE").close();
                for (String table : tables) {
                    s.execute("DELETE FROM " + schema + "." + quoted(table));
                    s.execute("INSERT INTO " + schema + "." + quoted(table) + " SELECT * FROM " + copy + "." + quoted(table));
                }
                // Sequences only go forward: a timer may still hold ids the persistence provider took from a
                // sequence before the restore, and insert with one after it; set back, the sequence would hand
                // that id out again (a primary-key violation in the next test class).
                Map<String, Long> current = nextValues(s, postgres, schema);
                for (Map.Entry<String, Long> sequence : nextValues.entrySet()) {
                    long next = Math.max(sequence.getValue(), current.getOrDefault(sequence.getKey(), sequence.getValue()));
                    s.execute("ALTER SEQUENCE " + schema + "." + quoted(sequence.getKey()) + " RESTART WITH " + next);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                if (!postgres) {
                    s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore the demo desk from its snapshot", e);
        }
    }

    private static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static Map<String, Long> nextValues(Statement s, boolean postgres, String schema) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        String query = postgres
                ? "SELECT sequencename, COALESCE(last_value + increment_by, start_value) FROM pg_sequences WHERE schemaname = '" + schema + "'"
                : "SELECT SEQUENCE_NAME, BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = '" + schema + "'";
        try (ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                next.put(r.getString(1), r.getLong(2));
            }
        }
        return next;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
