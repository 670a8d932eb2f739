package com.escalationdesk.approval;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's table of what each level may decide alone, and the kinds of decision. Admins
 * configure; they never approve (separation of duties). Every change is on the configuration chain.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class AuthorityLimits {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    public List<LimitRow> limits() {
        return em.createNamedQuery(AuthorityLimit.ALL, AuthorityLimit.class).getResultStream().map(LimitRow::of).toList();
    }

    public List<DecisionKindRow> kinds() {
        return em.createNamedQuery(DecisionKind.ALL, DecisionKind.class).getResultStream().map(DecisionKindRow::of).toList();
    }

    /** Sets what a level may decide alone for a kind: up to the amount, or (kinds without amount) at all. */
    public void setLimit(String kindCode, AuthorityLevel level, BigDecimal max, String currency) {
        Agent admin = callers.current();
        DecisionKind kind = kind(kindCode);
        RuleViolation.require(level, "The level");
        Money money = kind.isMonetary() ? new Money(max, currency) : null;
        AuthorityLimit limit = existing(kind, level);
        Map<String, Object> before = limit == null ? null : state(limit);
        if (limit == null) {
            limit = new AuthorityLimit(level, kind, money);
            em.persist(limit);
        } else {
            limit.change(money);
        }
        StaleCheck.flush(em, "the authority limits");
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.AUTHORITY_LIMIT_SET,
                level.label() + " may decide a " + kind.getLabel().toLowerCase() + (money == null ? "" : " up to " + money),
                before, state(limit));
    }

    /** Takes a level's authority for a kind away: its requests of that kind go up the chain. */
    public void removeLimit(String kindCode, AuthorityLevel level) {
        Agent admin = callers.current();
        DecisionKind kind = kind(kindCode);
        AuthorityLimit limit = existing(kind, level);
        if (limit == null) {
            throw new NotFound(level.label() + " has no limit for " + kind.getLabel().toLowerCase() + ".");
        }
        Map<String, Object> before = state(limit);
        em.remove(limit);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.AUTHORITY_LIMIT_REMOVED,
                level.label() + " no longer decides a " + kind.getLabel().toLowerCase() + " alone", before, null);
    }

    public void addKind(String code, String label, boolean monetary) {
        Agent admin = callers.current();
        DecisionKind kind = new DecisionKind(code, label, monetary);
        if (em.createNamedQuery(DecisionKind.BY_CODE, DecisionKind.class).setParameter("code", kind.getCode())
                .getResultStream().findAny().isPresent()) {
            throw new RuleViolation("A kind of decision with the code " + kind.getCode() + " exists already.");
        }
        em.persist(kind);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.DECISION_KIND_ADDED,
                "New kind of decision: " + kind.getLabel() + (monetary ? " (with an amount)" : ""), null,
                Map.of("code", kind.getCode(), "label", kind.getLabel(), "monetary", monetary));
    }

    public void retireKind(String code) {
        Agent admin = callers.current();
        DecisionKind kind = kind(code);
        kind.retire();
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.DECISION_KIND_RETIRED,
                kind.getLabel() + " can no longer be requested", Map.of("code", kind.getCode(), "active", true),
                Map.of("code", kind.getCode(), "active", false));
    }

    private DecisionKind kind(String code) {
        return em.createNamedQuery(DecisionKind.BY_CODE, DecisionKind.class).setParameter("code", code == null ? "" : code)
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolation("Choose the kind of decision."));
    }

    private AuthorityLimit existing(DecisionKind kind, AuthorityLevel level) {
        return em.createNamedQuery(AuthorityLimit.OF, AuthorityLimit.class).setParameter("kind", kind)
                .setParameter("level", level).getResultStream().findFirst().orElse(null);
    }

    private static Map<String, Object> state(AuthorityLimit l) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", l.getKind().getCode());
        s.put("level", l.getLevel());
        s.put("max", l.getMax() == null ? null : l.getMax().toString());
        return s;
    }
}
