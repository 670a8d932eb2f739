package com.escalationdesk.audit;

import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

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

    @PostConstruct
    void migrateOldTrail() {
        try {
            log.checkpointTheOldTrail();
        } catch (RuleViolation e) {
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
