package com.escalationdesk.sla;

/** When a step fires: at a share of the target (a warning) or some business minutes past the breach. */
public enum SlaTrigger {
    PERCENT_OF_TARGET("% of the target"),
    MINUTES_AFTER_BREACH("business minutes after the breach");

    private final String label;

    SlaTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
