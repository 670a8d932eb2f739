package com.escalationdesk.approval;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who hears of the step a decision request waits for: the approvers at exactly its level who may
 * decide it (or, when there are none, those of the nearest level above), and whoever stands in for
 * them today.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApproversToTell {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Set<Agent> of(DecisionRequest request) {
        List<Agent> eligible = em.createNamedQuery(Agent.ALL, Agent.class).getResultStream()
                .filter(a -> a.isActive() && a.getApprovalLevel() != null && request.mayBeDecidedBy(a)).toList();
        AuthorityLevel nearest = eligible.stream().map(Agent::getApprovalLevel)
                .min(Comparator.naturalOrder()).orElse(null);
        List<Agent> approvers = eligible.stream().filter(a -> a.getApprovalLevel() == nearest).toList();
        Set<Agent> told = new LinkedHashSet<>(approvers);
        if (!approvers.isEmpty()) {
            em.createNamedQuery(Delegation.ACTIVE_FROM, Delegation.class).setParameter("delegators", approvers)
                    .setParameter("day", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).getResultStream()
                    .filter(d -> request.mayBeDecidedBy(d.getDelegate(), d.getDelegator()))
                    .forEach(d -> told.add(d.getDelegate()));
        }
        return told;
    }
}
