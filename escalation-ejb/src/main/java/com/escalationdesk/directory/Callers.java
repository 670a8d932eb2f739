package com.escalationdesk.directory;

import com.escalationdesk.shared.AccessRefused;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Resolves the authenticated caller to their agent record, for the boundaries' tier and team checks. */
@Stateless
@PermitAll
public class Callers {

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public Agent current() {
        String login = session.getCallerPrincipal().getName();
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class)
                .setParameter("loginName", login)
                .getResultStream()
                .filter(Agent::isActive)
                .findFirst()
                .orElseThrow(() -> new AccessRefused("You are not signed in as an active user of Escalation Desk."));
    }
}
