package com.escalationdesk.escalation;

import java.time.Instant;

/** An escalation as the screens and the API show it. */
public record EscalationView(long id, String ticketNumber, EscalationKind kind, EscalationReason reason,
        String fromTeam, String requestedBy, String toTeam, String toTier, String issue, String stepsTaken,
        String needed, EscalationState state, String decidedBy, String decisionNote, Instant requestedAt,
        Instant decidedAt) {

    public static EscalationView of(Escalation e) {
        HandoffSummary h = e.getHandoff();
        return new EscalationView(e.getId(), e.getTicket().getNumber(), e.getKind(), e.getReason(),
                e.getFromTeam().getName(), e.getRequestedBy().getDisplayName(), e.getToTeam().getName(),
                e.getToTeam().getTier().label(), h.issue(), h.stepsTaken(), h.needed(), e.getState(),
                e.getDecidedBy() == null ? null : e.getDecidedBy().getDisplayName(), e.getDecisionNote(),
                e.getRequestedAt(), e.getDecidedAt());
    }
}
