package com.escalationdesk.directory;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/** The teams a manager answers for, from the reporting lines admins keep. */
@Stateless
@PermitAll
public class ManagerScope {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public Set<Team> teamsOf(Agent manager) {
        return ReportingLines.teamsOf(manager, em.createNamedQuery(Agent.ALL, Agent.class).getResultList());
    }
}
