package com.escalationdesk.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * An email the desk sends, as the admin's outbox shows it: to whom, about what, where it stands after
 * how many attempts, when it went (or is tried next, or was given up), and why it has not gone.
 */
public record OutboundRow(long id, Instant queuedAt, String to, String subject, String ticketNumber, OutboxState state,
        int attempts, Instant when, String why) implements Serializable {

    static OutboundRow of(OutboundMail m) {
        OutboxState state = OutboxState.of(m);
        Instant when = switch (state) {
            case SENT -> m.getSentAt();
            case GAVE_UP -> m.getGaveUpAt();
            case WAITING, RETRYING -> m.getNextAttemptAt();
        };
        return new OutboundRow(m.getId(), m.getCreatedAt(), m.getToAddress(), m.getSubject(), m.getTicketNumber(), state,
                m.getAttempts(), when, state == OutboxState.SENT ? null : m.getLastError());
    }

    /** "Sent", "Failed, tried again (3 attempts)". */
    public String stateText() {
        return state.label() + (state == OutboxState.RETRYING || state == OutboxState.GAVE_UP
                ? " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)") : "");
    }

    /** What {@link #when} is: when it went, when it is tried next, or when it was given up. */
    public String whenLabel() {
        return switch (state) {
            case SENT -> "sent";
            case GAVE_UP -> "given up";
            case WAITING, RETRYING -> "next attempt";
        };
    }
}
