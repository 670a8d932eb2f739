package com.escalationdesk.ticket;

import java.io.Serializable;

/** A ticket linked to the one shown, with whether the caller may open it. */
public record RelatedTicket(String number, String subject, TicketStatus status, String team, boolean visible,
        boolean mergedHere) implements Serializable {
}
