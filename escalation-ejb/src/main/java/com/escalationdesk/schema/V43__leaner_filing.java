package com.escalationdesk.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A filing writes less. Two indexes of the ticket table go: they are the leading columns of
 * ix_ticket_team_status_updated and ix_ticket_assignee_status_updated, which serve the same lookups,
 * and every ticket filed wrote them too. The ids of API creates' idempotency keys are handed out
 * fifty at a time, as the audit trail's and the outboxes' are. A Java migration, because the
 * sequence must restart above the ids already used, and JPA takes a block of fifty as the fifty
 * values up to the one the sequence gives, which must therefore be at least fifty.
 */
public class V43__leaner_filing extends BaseJavaMigration {

    static final int IDEMPOTENCY_KEY_IDS = 50;

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP INDEX ix_ticket_team_status");
            ddl.execute("DROP INDEX ix_ticket_assignee_status");
            long used;
            try (ResultSet max = ddl.executeQuery("SELECT COALESCE(MAX(id), 0) FROM idempotent_request")) {
                max.next();
                used = max.getLong(1);
            }
            // its start too, which is where a sequence goes back to when restarted without a value
            long next = used + IDEMPOTENCY_KEY_IDS;
            ddl.execute("ALTER SEQUENCE idempotent_request_seq START WITH " + next + " RESTART WITH " + next
                    + " INCREMENT BY " + IDEMPOTENCY_KEY_IDS);
        }
    }
}
