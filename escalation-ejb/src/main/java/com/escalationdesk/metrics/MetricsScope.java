package com.escalationdesk.metrics;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.ManagerScope;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Whose figures a person sees: a director's and an admin's, the whole desk's; a manager's, the teams that report to them. */
@Stateless
@PermitAll
public class MetricsScope {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private ManagerScope managers;

    public boolean wholeDesk(Agent person) {
        return person.hasRole(Role.ADMIN) || person.getAuthorityLevel() == AuthorityLevel.DIRECTOR;
    }

    /** The logins of the active agents of these teams. */
    public java.util.Set<String> agentsOf(List<String> teams) {
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultStream()
                .filter(a -> a.isActive() && a.hasRole(Role.AGENT) && a.getTeam() != null && teams.contains(a.getTeam().getName()))
                .map(Agent::getLoginName).collect(java.util.stream.Collectors.toSet());
    }

    /** The names of the teams the person may see the figures of, sorted. */
    public List<String> teamsOf(Agent person) {
        return (wholeDesk(person) ? em.createQuery("select t from Team t", Team.class).getResultList()
                : List.copyOf(managers.teamsOf(person))).stream().map(Team::getName).sorted().toList();
    }
}
