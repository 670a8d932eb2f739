package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.DomainException;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Changes to the tickets an agent ticked in a queue: claim them, hand them to a teammate, change their
 * priority. Each ticket is changed as the ticket page changes it, in its own transaction with its own
 * audit entry and checks, so that one refused ticket (closed meanwhile, taken by a colleague) leaves
 * the others changed and is reported with its reason.
 */
@Stateless
@Boundary
@RolesAllowed(Role.AGENT_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkTicketChanges {

    /** A queue page's longest; more at once is a migration, not a triage. */
    public static final int MAX_TICKETS = 100;

    private static final Logger LOG = Logger.getLogger(BulkTicketChanges.class.getName());

    @EJB
    private Tickets tickets;

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public BulkOutcome claim(List<String> numbers) {
        return each(numbers, tickets::claim);
    }

    public BulkOutcome reassign(List<String> numbers, String agentLogin) {
        RuleViolation.requireText(agentLogin, "Whom to hand the tickets to", 60);
        return each(numbers, n -> tickets.reassign(n, agentLogin));
    }

    public BulkOutcome changePriority(List<String> numbers, Priority priority) {
        RuleViolation.require(priority, "The new priority");
        return each(numbers, n -> tickets.changePriority(n, priority));
    }

    /** The active agents of the caller's team, whom ticked tickets may be handed to. */
    public List<AgentOption> teammates() {
        Agent me = callers.current();
        return me.getTeam() == null ? List.of()
                : em.createNamedQuery(Agent.IN_TEAM, Agent.class).setParameter("team", me.getTeam()).getResultStream()
                        .map(AgentOption::of).toList();
    }

    private BulkOutcome each(List<String> numbers, Consumer<String> change) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(numbers == null ? List.of() : numbers));
        distinct.removeIf(n -> n == null || n.isBlank());
        if (distinct.isEmpty()) {
            throw new RuleViolation("Tick the tickets to change first.");
        }
        if (distinct.size() > MAX_TICKETS) {
            throw new RuleViolation("Change at most " + MAX_TICKETS + " tickets at a time; " + distinct.size() + " were ticked.");
        }
        List<String> changed = new ArrayList<>();
        List<BulkOutcome.Refusal> refused = new ArrayList<>();
        for (String number : distinct) {
            try {
                change.accept(number);
                changed.add(number);
            } catch (DomainException e) {
                refused.add(new BulkOutcome.Refusal(number, e.getMessage()));
            } catch (EJBException e) {
                if (StaleCheck.raced(e)) {
                    refused.add(new BulkOutcome.Refusal(number, "Someone else changed ticket " + number
                            + " just now; reload the queue and try again."));
                    continue;
                }
                LOG.log(Level.SEVERE, "Unexpected failure changing " + number + " in a bulk change", e);
                refused.add(new BulkOutcome.Refusal(number, "Something went wrong on our side; it was not changed."));
            }
        }
        return new BulkOutcome(changed, refused);
    }
}
