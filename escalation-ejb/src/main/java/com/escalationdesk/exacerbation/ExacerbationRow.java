package com.escalationdesk.exacerbation;

import com.escalationdesk.escalation.EscalationView;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An exacerbation in the managers' review queue, with what the reviewer needs beside it: the
 * ticket, its path through the tiers with each handoff and its rating, and every rule that fired on
 * the ticket.
 */
public record ExacerbationRow(long id, String ticketNumber, String subject, String customer, String team,
        ExacerbationRule rule, String detail, Instant detectedAt, boolean reviewed, String reviewedBy,
        Instant reviewedAt, RootCause rootCause, String action, ReviewOutcome outcome, String outcomeReference,
        List<EscalationView> handoffs, List<String> alsoFired) implements Serializable {

    static ExacerbationRow of(Exacerbation x, List<EscalationView> handoffs, List<String> alsoFired) {
        return new ExacerbationRow(x.getId(), x.getTicket().getNumber(), x.getTicket().getSubject(),
                x.getTicket().getCustomer().getName(), x.getTicket().getTeam().getName(), x.getRule(), x.getDetail(),
                x.getDetectedAt(), x.isReviewed(), x.getReviewedBy() == null ? null : x.getReviewedBy().getDisplayName(),
                x.getReviewedAt(), x.getRootCause(), x.getAction(), x.getOutcome(), x.getOutcomeReference(), handoffs,
                alsoFired);
    }
}
