package com.escalationdesk.exacerbation;

import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationState;
import com.escalationdesk.escalation.HandoffRating;
import com.escalationdesk.directory.Team;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.ResolutionFeedback;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The exacerbation rules, applied to one ticket event as it happens: which rules it makes fire, and
 * what the reviewer should read about each. Pure: recording a finding once per ticket and rule is the
 * caller's part.
 */
public final class ExacerbationDetector {

    public static final int DEFAULT_TEAMS = 3;
    static final int LOW_SATISFACTION = 2;
    static final int LOW_EFFORT = 3;

    /** A rule that fired, with what made it fire. */
    public record Finding(ExacerbationRule rule, String detail) {
    }

    private final int teamsLimit;

    public ExacerbationDetector(int teamsLimit) {
        this.teamsLimit = Math.max(2, teamsLimit);
    }

    public List<Finding> findings(TicketEvent event) {
        Ticket t = event.ticket();
        List<Finding> found = new ArrayList<>();
        boolean escalated = !t.getEscalations().isEmpty();
        if (event instanceof TicketEvent.Escalated || event instanceof TicketEvent.EscalationReturned
                || event instanceof TicketEvent.EscalationAccepted) {
            if (t.isBounced()) {
                found.add(new Finding(ExacerbationRule.BOUNCED, "Path: " + path(t)));
            }
            Set<String> teams = teamsPassed(t);
            if (teams.size() >= teamsLimit) {
                found.add(new Finding(ExacerbationRule.MANY_TEAMS, teams.size() + " teams: " + String.join(", ", teams)));
            }
        }
        if (event instanceof TicketEvent.EscalationAccepted accepted) {
            Escalation e = accepted.escalation();
            if (e.getAcceptBy() != null && accepted.at().isAfter(e.getAcceptBy())) {
                found.add(new Finding(ExacerbationRule.NOT_ACCEPTED_IN_TIME, e.getToTeam().getName()
                        + " accepted it after the policy's time"));
            }
            poorHandoff(e).ifPresent(found::add);
        }
        if (event instanceof TicketEvent.EscalationOverdue overdue && overdue.escalation().isOverdue(overdue.at())) {
            found.add(new Finding(ExacerbationRule.NOT_ACCEPTED_IN_TIME, overdue.escalation().getToTeam().getName()
                    + " has not accepted it in the policy's time"));
        }
        if (event instanceof TicketEvent.EscalationReturned returned) {
            poorHandoff(returned.escalation()).ifPresent(found::add);
        }
        if (event instanceof TicketEvent.Reopened reopened && escalated) {
            found.add(new Finding(ExacerbationRule.REOPENED_AFTER_ESCALATION, "Reopened: " + reopened.reason()));
        }
        if (event instanceof TicketEvent.ServiceLevelBreached breached && escalated) {
            found.add(new Finding(ExacerbationRule.BREACHED_AFTER_ESCALATION, breached.clock() + " target breached"));
        }
        if (event instanceof TicketEvent.CustomerAnswered answered && answered.answers().afterEscalation()) {
            ResolutionFeedback f = answered.answers();
            boolean low = (f.satisfaction() != null && f.satisfaction() <= LOW_SATISFACTION)
                    || (f.effort() != null && f.effort() <= LOW_EFFORT);
            if (low) {
                found.add(new Finding(ExacerbationRule.LOW_FEEDBACK_AFTER_ESCALATION,
                        "Resolution " + f.resolution() + ": " + f.describe()));
            }
        }
        if (event instanceof TicketEvent.CustomerAskedForManager asked && asked.afterEscalation()) {
            found.add(new Finding(ExacerbationRule.MANAGER_ASKED_AFTER_ESCALATION, "Path: " + path(t)));
        }
        if (event instanceof TicketEvent.CustomerWrote) {
            int unanswered = unansweredCustomerMessages(t);
            if (unanswered >= 2) {
                found.add(new Finding(ExacerbationRule.CUSTOMER_UNANSWERED,
                        unanswered + " messages from the customer since the last public answer"));
            }
        }
        return found;
    }

    private static java.util.Optional<Finding> poorHandoff(Escalation e) {
        HandoffRating r = e.getHandoffRating();
        if (r == null || !r.isPoor()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(ExacerbationRule.POOR_HANDOFF, e.getFromTeam().getName() + " → "
                + e.getToTeam().getName() + ", by " + e.getRequestedBy().getDisplayName() + ": " + r.describe()));
    }

    /** The teams that had the ticket or were sent it: where it started and every escalation's target not withdrawn. */
    static Set<String> teamsPassed(Ticket t) {
        Set<String> teams = new LinkedHashSet<>();
        List<Escalation> escalations = t.getEscalations();
        teams.add((escalations.isEmpty() ? t.getTeam() : escalations.get(0).getFromTeam()).getName());
        for (Escalation e : escalations) {
            if (e.getState() != EscalationState.WITHDRAWN) {
                teams.add(e.getToTeam().getName());
            }
        }
        teams.add(t.getTeam().getName());
        return teams;
    }

    private static String path(Ticket t) {
        List<String> stops = new ArrayList<>();
        List<Escalation> escalations = t.getEscalations();
        Team first = escalations.isEmpty() ? t.getTeam() : escalations.get(0).getFromTeam();
        stops.add(first.getName());
        for (Escalation e : escalations) {
            stops.add(e.getToTeam().getName() + " (" + e.getState().label().toLowerCase() + ")");
        }
        return String.join(" → ", stops);
    }

    /** The customer's messages (their description first) after the last public answer. */
    static int unansweredCustomerMessages(Ticket t) {
        int count = 1;
        for (Note n : t.getNotes().stream().sorted(Comparator.comparing(Note::getCreatedAt)).toList()) {
            if (n.getVisibility() == NoteVisibility.PUBLIC) {
                count = 0;
            } else if (n.getVisibility() == NoteVisibility.CUSTOMER) {
                count++;
            }
        }
        return count;
    }
}
