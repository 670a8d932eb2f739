package com.escalationdesk.policy;

import java.io.Serializable;
import java.time.Instant;

/** One "this routing was wrong" in the admin's policy review list, with its ticket. */
public record RoutingFeedbackView(long id, String ticketNumber, String ticketSubject, String route, String rule,
        int policyVersion, String comment, String raisedBy, Instant raisedAt, String answeredBy, String answer)
        implements Serializable {

    static RoutingFeedbackView of(RoutingFeedback f) {
        var e = f.getEscalation();
        var t = f.getTicket();
        return new RoutingFeedbackView(f.getId(), t.getNumber(), t.getSubject(),
                e == null ? "at intake to " + t.getTeam().getName() : e.getFromTeam().getName() + " → " + e.getToTeam().getName(),
                f.getRuleName(), f.getPolicyVersion(),
                f.getComment(), f.getRaisedBy().getDisplayName(), f.getRaisedAt(),
                f.getAnsweredBy() == null ? null : f.getAnsweredBy().getDisplayName(), f.getAnswer());
    }
}
