package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.shared.AccessRefused;

/**
 * Who may see and act on a ticket, by team, tier and ownership. The services call it after the
 * role check, so that a forged request from an agent of the wrong team is refused on the server.
 */
public final class TierPolicy {

    private TierPolicy() {
    }

    /**
     * Agents see the tickets of their team and those assigned to them, and keep read access to the
     * tickets that passed through their team by escalation and to those they worked themselves (such
     * as one the intake policy routed to another team). Managers and admins see every ticket.
     */
    public static boolean mayView(Agent caller, Ticket ticket) {
        if (caller.hasRole(Role.MANAGER) || caller.hasRole(Role.ADMIN)) {
            return true;
        }
        return mayWork(caller, ticket) || ticket.workedBy(caller) || ticket.getEscalations().stream()
                .anyMatch(e -> caller.isMemberOf(e.getFromTeam()) || caller.isMemberOf(e.getToTeam()));
    }

    /** Working a ticket (notes, escalating) is for the agents of the team that has it, or its assignee. */
    public static boolean mayWork(Agent caller, Ticket ticket) {
        return caller.hasRole(Role.AGENT)
                && (caller.isMemberOf(ticket.getTeam()) || caller.sameAs(ticket.getAssignee()));
    }

    /** Accepting or returning an escalation is for the agents of the team it was sent to. */
    public static boolean mayDecide(Agent caller, Escalation escalation) {
        return caller.hasRole(Role.AGENT) && caller.isMemberOf(escalation.getToTeam());
    }

    /** Withdrawing an escalation is for the agents of the team that sent it. */
    public static boolean mayWithdraw(Agent caller, Escalation escalation) {
        return caller.hasRole(Role.AGENT) && caller.isMemberOf(escalation.getFromTeam());
    }

    public static void requireWithdraw(Agent caller, Escalation escalation) {
        if (!mayWithdraw(caller, escalation)) {
            throw new AccessRefused("Only members of " + escalation.getFromTeam().getName()
                    + " can withdraw this escalation.");
        }
    }

    public static void requireView(Agent caller, Ticket ticket) {
        if (!mayView(caller, ticket)) {
            throw new AccessRefused("Ticket " + ticket.getNumber() + " belongs to another team.");
        }
    }

    public static void requireWork(Agent caller, Ticket ticket) {
        if (!mayWork(caller, ticket)) {
            throw new AccessRefused("Ticket " + ticket.getNumber() + " is with " + ticket.getTeam().getName()
                    + "; only that team can work on it.");
        }
    }

    public static void requireDecide(Agent caller, Escalation escalation) {
        if (!mayDecide(caller, escalation)) {
            throw new AccessRefused("Only members of " + escalation.getToTeam().getName()
                    + " can accept or return this escalation"
                    + (caller.getTeam() == null ? "." : "; you are in " + caller.getTeam().getName() + "."));
        }
    }
}
