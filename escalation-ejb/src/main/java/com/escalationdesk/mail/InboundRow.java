package com.escalationdesk.mail;

import java.io.Serializable;
import java.time.Instant;

/** An email the desk read, and what became of it, as the admin's list shows it. */
public record InboundRow(long id, Instant receivedAt, String mailbox, String fromAddress, String subject, InboundOutcome outcome,
        String outcomeLabel, String ticketNumber, String detail) implements Serializable {

    static InboundRow of(InboundMessage m) {
        return new InboundRow(m.getId(), m.getReceivedAt(), m.getMailbox(), m.getFromAddress(), m.getSubject(), m.getOutcome(),
                m.getOutcome().label(), m.getTicketNumber(), m.getDetail());
    }
}
