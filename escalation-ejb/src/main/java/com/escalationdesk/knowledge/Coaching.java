package com.escalationdesk.knowledge;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.metrics.MetricsScope;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Coaching notes: a team lead (a manager, for the agents of their teams; an admin or director, for
 * anyone) asks an agent to read an article; the agent sees their notes and marks each read. Each step
 * is on the agent's coaching audit chain, in the same transaction.
 */
@Stateless
@Boundary
public class Coaching {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private MetricsScope scope;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    static String chain(Agent agent) {
        return "coaching:" + agent.getLoginName();
    }

    /** Asks the agent to read the article, and why; returns the note's id. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public long assign(String agentLogin, String articleNumber, String why) {
        Agent lead = callers.current();
        Agent agent = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", agentLogin == null ? "" : agentLogin.strip())
                .getResultStream().filter(Agent::isActive).findFirst()
                .orElseThrow(() -> new NotFound("There is no active user " + agentLogin + "."));
        if (!agent.hasRole(Role.AGENT) || agent.getTeam() == null) {
            throw new RuleViolation(agent.getDisplayName() + " is not an agent of a team.");
        }
        if (!scope.teamsOf(lead).contains(agent.getTeam().getName())) {
            throw new AccessRefused("You coach the agents of your own teams; " + agent.getDisplayName() + " is in "
                    + agent.getTeam().getName() + ".");
        }
        Article article = em.find(Article.class, Article.idOf(articleNumber));
        if (article == null) {
            throw new NotFound("There is no article " + articleNumber + ".");
        }
        CoachingNote note = new CoachingNote(agent, article, lead, why, clock.instant());
        em.persist(note);
        em.flush();
        audit.record(chain(agent), lead.getLoginName(), AuditAction.COACHING_NOTE_ASSIGNED, lead.getDisplayName() + " asked "
                + agent.getDisplayName() + " to read " + article.number() + " “" + article.getTitle() + "”: " + note.getNote(),
                null, note.auditState());
        return note.getId();
    }

    /** The caller's coaching notes, newest first. */
    @RolesAllowed(Role.AGENT_NAME)
    public List<CoachingNoteView> mine() {
        return em.createNamedQuery(CoachingNote.FOR_AGENT, CoachingNote.class).setParameter("agent", callers.current())
                .getResultStream().map(CoachingNoteView::of).toList();
    }

    /** The notes the caller gave, newest first, to follow up whether they were read. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<CoachingNoteView> given() {
        return em.createNamedQuery(CoachingNote.ASSIGNED_BY, CoachingNote.class).setParameter("lead", callers.current())
                .getResultStream().map(CoachingNoteView::of).toList();
    }

    /** The caller marks one of their notes read. */
    @RolesAllowed(Role.AGENT_NAME)
    public void markRead(long noteId) {
        Agent agent = callers.current();
        CoachingNote note = em.find(CoachingNote.class, noteId);
        if (note == null) {
            throw new NotFound("There is no coaching note " + noteId + ".");
        }
        java.util.Map<String, Object> before = note.auditState();
        note.markRead(agent, clock.instant());
        StaleCheck.flush(em, "the coaching note");
        audit.record(chain(agent), agent.getLoginName(), AuditAction.COACHING_NOTE_READ, agent.getDisplayName() + " read "
                + note.getArticle().number() + " “" + note.getArticle().getTitle() + "”, as " + note.getAssignedBy().getDisplayName()
                + " asked", before, note.auditState());
    }
}
