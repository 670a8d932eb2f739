package com.escalationdesk.directory;

import com.escalationdesk.shared.AccessRefused;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Resolves the authenticated caller to their agent record, for the boundaries' tier and team checks. */
@Stateless
@PermitAll
public class Callers {

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * The caller's agent, read once a transaction: the boundaries and helpers of one operation each ask
     * for it, and share the transaction's persistence context, so they get the same managed agent.
     */
    public Agent current() {
        String login = session.getCallerPrincipal().getName();
        boolean inTransaction = transaction.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction && transaction.getResource(Callers.class) instanceof Agent known && known.getLoginName().equals(login)) {
            return known;
        }
        Agent agent = em.createNamedQuery(Agent.CALLER, Agent.class)
                .setParameter("loginName", login)
                .getResultStream()
                .filter(Agent::isActive)
                .findFirst()
                .orElseThrow(() -> new AccessRefused("You are not signed in as an active user of Escalation Desk."));
        if (inTransaction) {
            transaction.putResource(Callers.class, agent);
        }
        return agent;
    }
}
