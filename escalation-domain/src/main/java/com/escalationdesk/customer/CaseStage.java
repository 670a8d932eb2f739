package com.escalationdesk.customer;

import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketStatus;

/** Where a case stands, as the customer is told: who is on it, and what its status means. */
public enum CaseStage {
    FRONTLINE("Frontline support"),
    SPECIALISTS("Our specialists"),
    MANAGEMENT_REVIEW("Management review");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Management when a manager must decide or review something; else by the tier of the team that has it. */
    public static CaseStage of(Ticket ticket, boolean decisionPending) {
        if (decisionPending || ticket.isUnderManagementReview()) {
            return MANAGEMENT_REVIEW;
        }
        return ticket.getTeam().getTier().level() > 1 ? SPECIALISTS : FRONTLINE;
    }

    /** The status in plain words, without the desk's jargon. */
    public static String statusInWords(TicketStatus status) {
        return switch (status) {
            case NEW -> "received, waiting for an agent";
            case OPEN -> "being worked on";
            case PENDING_CUSTOMER -> "waiting for your answer";
            case ESCALATED -> "being handed to our specialists";
            case RESOLVED -> "resolved";
            case CLOSED -> "closed";
            case REOPENED -> "reopened, being worked on again";
        };
    }
}
