package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.escalation.Escalation;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a ticket, raised once by the command that did it, inside its
 * transaction. Reactions (service-level clocks, the customer's email, the notices of the people who
 * must act, and later metrics and webhooks) subscribe to these instead of being wired into every
 * command, and commit or roll back with it.
 *
 * <p>{@link #history()} marks the past being loaded as it was (demo data): reactions that keep
 * records take it, reactions that tell people or move clocks now leave it alone.
 */
public sealed interface TicketEvent {

    Ticket ticket();

    Instant at();

    boolean history();

    /** Handed to another team: by an agent, the SLA monitor or at the customer's request. {@code notice} says so to the team. */
    record Escalated(Ticket ticket, Escalation escalation, String notice, Instant at, boolean history) implements TicketEvent {
    }

    /** The receiving team took the ticket over. */
    record EscalationAccepted(Ticket ticket, Escalation escalation, Agent by, Instant at, boolean history)
            implements TicketEvent {
    }

    /** The receiving team sent the ticket back, with its reason in the escalation's decision note. */
    record EscalationReturned(Ticket ticket, Escalation escalation, Agent by, Instant at, boolean history)
            implements TicketEvent {
    }

    /** The sending team took a pending escalation back. */
    record EscalationWithdrawn(Ticket ticket, Escalation escalation, Agent by, Instant at, boolean history)
            implements TicketEvent {
    }

    record Resolved(Ticket ticket, Agent by, Instant at, boolean history) implements TicketEvent {
    }

    /** Reopened by an agent or by the customer's answer ({@code by} null); {@code reason} says why. */
    record Reopened(Ticket ticket, Agent by, String reason, Instant at, boolean history) implements TicketEvent {
    }

    /** An escalation is still waiting for its receiving team past the time the policy gave to accept it. */
    record EscalationOverdue(Ticket ticket, Escalation escalation, Instant at, boolean history) implements TicketEvent {
    }

    /** A service-level clock passed its target; {@code clock} names it ("Resolution"). */
    record ServiceLevelBreached(Ticket ticket, String clock, Instant at, boolean history) implements TicketEvent {
    }

    /** The customer wrote on their status page. */
    record CustomerWrote(Ticket ticket, Instant at, boolean history) implements TicketEvent {
    }

    /** The customer answered the survey about a resolution. */
    record CustomerAnswered(Ticket ticket, ResolutionFeedback answers, Instant at, boolean history) implements TicketEvent {
    }

    /**
     * The customer asked for a manager; {@code afterEscalation}: the case had been escalated before
     * they asked (an escalation their request itself made does not count).
     */
    record CustomerAskedForManager(Ticket ticket, boolean afterEscalation, Instant at, boolean history)
            implements TicketEvent {
    }

    /** An internal note named colleagues ({@code @login}) who may see the ticket; {@code excerpt} is the note's start. */
    record ColleaguesMentioned(Ticket ticket, Agent by, List<Agent> colleagues, String excerpt, Instant at, boolean history)
            implements TicketEvent {
    }
}
