package com.escalationdesk.sla;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Team;
import com.escalationdesk.ticket.Ticket;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who a service-level step reaches: the team lead, the department manager, the next tier's team. */
public final class Responsibles {

    private Responsibles() {
    }

    /**
     * The team leads of a ticket: the assignee's manager or, while nobody holds it, the managers of
     * the team's members.
     */
    public static Set<Agent> leadsOf(Ticket ticket, List<Agent> teamMembers) {
        Set<Agent> leads = new LinkedHashSet<>();
        if (ticket.getAssignee() != null) {
            if (ticket.getAssignee().getManager() != null) {
                leads.add(ticket.getAssignee().getManager());
            }
            return leads;
        }
        teamMembers.stream().map(Agent::getManager).filter(m -> m != null).forEach(leads::add);
        return leads;
    }

    /** The managers of the team leads: one rung further up. */
    public static Set<Agent> departmentManagersOf(Set<Agent> leads) {
        Set<Agent> managers = new LinkedHashSet<>();
        leads.stream().map(Agent::getManager).filter(m -> m != null).forEach(managers::add);
        return managers;
    }

    /**
     * The team a breach escalates to when the escalation policy proposes none above the ticket's
     * tier: the nearest higher tier's team that owns the ticket's category, else the next tier's
     * first team by name. Empty at the top tier.
     */
    public static Optional<Team> nextTierTeam(Ticket ticket, List<Team> teams) {
        int level = ticket.getTeam().getTier().level();
        return teams.stream().filter(t -> t.getTier().level() > level)
                .min(Comparator.<Team, Boolean>comparing(t -> !t.getCategories().contains(ticket.getCategory()))
                        .thenComparingInt(t -> t.getTier().level())
                        .thenComparing(Team::getName));
    }
}
