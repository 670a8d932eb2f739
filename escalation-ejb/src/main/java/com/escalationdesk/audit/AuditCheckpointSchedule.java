package com.escalationdesk.audit;

import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes a checkpoint every quarter of an hour, so that at most that long of the trail is protected
 * by its hash chains alone. At the first start after the upgrade to signed checkpoints it first
 * verifies the trail written under the old recipe and records the outcome in the migration
 * checkpoint that takes those entries into the log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Inject
    private AuditLog log;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PostConstruct
    void migrateOldTrail() {
        if (log.latest() != null) {
            return;
        }
        try (Connection db = dataSource.getConnection()) {
            long legacy = AuditTrailCheck.countByRecipe(db, AuditRecipe.V1);
            if (legacy == 0) {
                return;
            }
            AuditVerification before = AuditTrailCheck.verify(db, null);
            String note = "Upgrade to signed checkpoints: " + legacy + " entries written under recipe 1 taken into the log; "
                    + (before.intact() ? "their hash chains verified intact first."
                            : "their hash chains did NOT verify first: " + before.broken().size() + " chain(s) broken, first "
                                    + before.firstBroken() + ".");
            log.checkpoint(AuditLog.SYSTEM_ACTOR, AuditCheckpoint.Reason.MIGRATION, note);
            LOG.info(note);
        } catch (SQLException | RuleViolation e) {
            LOG.warning(() -> "The migration checkpoint was not made now, the schedule will: " + e.getMessage());
        }
    }

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void checkpoint() {
        try {
            log.checkpoint(AuditLog.SYSTEM_ACTOR, AuditCheckpoint.Reason.SCHEDULED, null);
        } catch (RuleViolation e) {
            LOG.warning(() -> "No scheduled audit checkpoint: " + e.getMessage());
        }
    }
}
