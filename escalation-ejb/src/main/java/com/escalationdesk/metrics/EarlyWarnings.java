package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The early warnings as managers watch them: each team of theirs this week against its usual range,
 * warned or not; and the threshold, which admins set (on the configuration audit chain).
 */
@Stateless
@Boundary
public class EarlyWarnings {

    /** A team's two rates this week against their usual ranges. */
    public record TeamWatch(String team, List<EarlyWarning.Watch> rates) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private MetricsScope scope;

    @Inject
    private TeamWeeks teamWeeks;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public EarlyWarningThreshold threshold() {
        return teamWeeks.threshold();
    }

    /** Each of the caller's teams (the whole desk for directors and admins): the last seven days against the eight weeks before. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<TeamWatch> watch() {
        Agent caller = callers.current();
        EarlyWarningThreshold threshold = teamWeeks.threshold();
        return scope.teamsOf(caller).stream().map(team -> new TeamWatch(team, teamWeeks.watch(team, clock.instant(), threshold)))
                .toList();
    }

    /** Sets where the usual range ends, for the next weekly warnings and the screen at once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public EarlyWarningThreshold setThreshold(BigDecimal deviations, int minimumRise) {
        Agent admin = callers.current();
        EarlyWarningThreshold threshold = new EarlyWarningThreshold(deviations, minimumRise);
        EarlyWarningSetting setting = em.find(EarlyWarningSetting.class, EarlyWarningSetting.ID, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> before = setting.auditState();
        EarlyWarningThreshold was = setting.threshold();
        setting.change(threshold);
        StaleCheck.flush(em, "the early-warning threshold");
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.EARLY_WARNING_THRESHOLD_SET,
                "Early-warning threshold set to " + threshold.describe() + " (was " + was.describe() + ")", before, setting.auditState());
        return threshold;
    }
}
