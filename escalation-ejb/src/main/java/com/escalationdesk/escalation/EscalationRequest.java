package com.escalationdesk.escalation;

/** What the escalating agent says: where to, why, and the three-part handoff summary. */
public record EscalationRequest(String ticketNumber, Long targetTeamId, EscalationReason reason, String issue,
        String stepsTaken, String needed) {
}
