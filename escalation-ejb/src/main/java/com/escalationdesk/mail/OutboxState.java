package com.escalationdesk.mail;

/** Where an email the desk sends stands: waiting for its first attempt, failed and tried again, sent, or given up. */
public enum OutboxState {
    WAITING("Waiting to go", "m.sentAt is null and m.gaveUpAt is null and m.attempts = 0"),
    RETRYING("Failed, tried again", "m.sentAt is null and m.gaveUpAt is null and m.attempts > 0"),
    SENT("Sent", "m.sentAt is not null"),
    GAVE_UP("Not sent", "m.sentAt is null and m.gaveUpAt is not null");

    private final String label;
    /** The JPQL condition on an OutboundMail {@code m} in this state. */
    final String condition;

    OutboxState(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    static OutboxState of(OutboundMail m) {
        if (m.getSentAt() != null) {
            return SENT;
        }
        if (m.getGaveUpAt() != null) {
            return GAVE_UP;
        }
        return m.getAttempts() > 0 ? RETRYING : WAITING;
    }
}
