package com.escalationdesk.escalation;

import com.escalationdesk.policy.PolicyVerdict;
import java.io.Serializable;
import java.time.Instant;

/** An escalation as the screens and the API show it. */
public record EscalationView(long id, String ticketNumber, EscalationKind kind, EscalationReason reason,
        String fromTeam, String requestedBy, String toTeam, String toTier, String issue, String stepsTaken,
        String needed, EscalationState state, String decidedBy, String decisionNote, Instant requestedAt,
        Instant decidedAt, String policy, String proposedTeam, boolean againstPolicy, Instant acceptBy,
        boolean overdue, HandoffRating handoffRating) implements Serializable {

    /** The escalation as of now: overdue when its receiving team has not accepted it in the policy's time. */
    public static EscalationView of(Escalation e, Instant now) {
        HandoffSummary h = e.getHandoff();
        return new EscalationView(e.getId(), e.getTicket().getNumber(), e.getKind(), e.getReason(),
                e.getFromTeam().getName(), e.getRequestedBy().getDisplayName(), e.getToTeam().getName(),
                e.getToTeam().getTier().label(), h.issue(), h.stepsTaken(), h.needed(), e.getState(),
                e.getDecidedBy() == null ? null : e.getDecidedBy().getDisplayName(), e.getDecisionNote(),
                e.getRequestedAt(), e.getDecidedAt(),
                e.getPolicyVersion() == null ? null : PolicyVerdict.describe(e.getPolicyVersion(), e.getPolicyRule()),
                e.getProposedTeam() == null ? null : e.getProposedTeam().getName(), e.isAgainstPolicy(), e.getAcceptBy(),
                e.isOverdue(now), e.getHandoffRating());
    }
}
