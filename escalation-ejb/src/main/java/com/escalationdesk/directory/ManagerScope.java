package com.escalationdesk.directory;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/** The teams a manager answers for, from the reporting lines admins keep. */
@Stateless
@PermitAll
public class ManagerScope {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public Set<Team> teamsOf(Agent manager) {
        // the lines alone: every whole agent (with the roles and muted mail each loads apart) cost a manager's dashboard
        // 70 ms at each of its four calls with 500 agents
        List<ReportingLines.Line> active = em.createQuery("select a.id, m.id, t from Agent a left join a.manager m left join a.team t"
                        + " where a.active = true and a.loginName <> :system and a.loginName <> :portal", Object[].class)
                .setParameter("system", Agent.SYSTEM_LOGIN).setParameter("portal", Agent.PORTAL_LOGIN).getResultStream()
                .map(row -> new ReportingLines.Line((Long) row[0], (Long) row[1], (Team) row[2])).toList();
        return ReportingLines.teamsOf(new ReportingLines.Line(manager.getId(), null, manager.getTeam()), active);
    }
}
