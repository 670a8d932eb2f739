package com.escalationdesk.ticket;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * An agent's saved queue views: named arrangements of their queues (which queue, the words, the
 * filter, the sort), each theirs alone. Saving and removing are on the configuration audit chain, as
 * the agent's other settings are.
 */
@Stateless
@Boundary
@RolesAllowed(Role.AGENT_NAME)
public class QueueViews {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The caller's views, by name. */
    public List<SavedView> mine() {
        return em.createNamedQuery(SavedQueueView.OF_OWNER, SavedQueueView.class).setParameter("agent", callers.current())
                .getResultStream().map(SavedView::of).toList();
    }

    /** One of the caller's views; another agent's is as if it did not exist. */
    public SavedView find(long id) {
        return SavedView.of(own(id, callers.current()));
    }

    /** Saves the arrangement under its name: a new view, or the caller's view of that name rearranged. Returns its id. */
    public long save(QueueViewSpec spec) {
        Agent me = callers.current();
        RuleViolation.require(spec, "The view");
        SavedQueueView view = em.createNamedQuery(SavedQueueView.BY_NAME, SavedQueueView.class).setParameter("agent", me)
                .setParameter("nameKey", SavedQueueView.keyOf(spec.name())).getResultStream().findFirst().orElse(null);
        Map<String, Object> before = null;
        if (view == null) {
            long kept = em.createNamedQuery(SavedQueueView.OF_OWNER, SavedQueueView.class).setParameter("agent", me)
                    .getResultList().size();
            if (kept >= SavedQueueView.MAX_PER_AGENT) {
                throw new RuleViolation("You keep " + SavedQueueView.MAX_PER_AGENT
                        + " views already; remove one you no longer use first.");
            }
            view = new SavedQueueView(me, spec, clock.instant());
            em.persist(view);
        } else {
            before = view.auditState();
            view.redefine(spec, clock.instant());
        }
        try {
            StaleCheck.flush(em, "your view “" + spec.name() + "”");
        } catch (PersistenceException e) {
            // two saves of one new name at once (two tabs): the second meets the unique name
            throw new RuleViolation("A view named “" + spec.name() + "” was saved just now; reload your queues and save again.");
        }
        audit.record(AuditEntry.CONFIGURATION_CHAIN, me.getLoginName(), AuditAction.QUEUE_VIEW_SAVED,
                "Queue view “" + view.getName() + "” " + (before == null ? "saved" : "rearranged") + " by " + me.getDisplayName(),
                before, view.auditState());
        return view.getId();
    }

    /** Removes one of the caller's views. */
    public void remove(long id) {
        Agent me = callers.current();
        SavedQueueView view = own(id, me);
        Map<String, Object> before = view.auditState();
        em.remove(view);
        StaleCheck.flush(em, "your view “" + view.getName() + "”");
        audit.record(AuditEntry.CONFIGURATION_CHAIN, me.getLoginName(), AuditAction.QUEUE_VIEW_REMOVED,
                "Queue view “" + view.getName() + "” removed by " + me.getDisplayName(), before, null);
    }

    private SavedQueueView own(long id, Agent me) {
        SavedQueueView view = em.find(SavedQueueView.class, id);
        if (view == null || !view.ownedBy(me)) {
            throw new NotFound("That view no longer exists.");
        }
        return view;
    }
}
