package com.escalationdesk.policy;

import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Asks the active escalation policy, within the caller's transaction. */
@Stateless
@PermitAll
public class PolicyEngine {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public PolicyVersion active() {
        return em.createNamedQuery(PolicyVersion.IN_FORCE, PolicyVersion.class).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("No escalation policy is active; an admin must publish one."));
    }

    public PolicyVerdict verdict(PolicyStage stage, PolicyFacts facts) {
        return active().verdict(stage, facts);
    }
}
