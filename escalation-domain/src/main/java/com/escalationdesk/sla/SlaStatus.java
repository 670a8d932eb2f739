package com.escalationdesk.sla;

/** Where a clock stands against its target, as the screens colour it. */
public enum SlaStatus {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    BREACHED("Breached"),
    PAUSED("Paused"),
    MET("Met"),
    MISSED("Missed"),
    /** The ticket's priority or segment changed and a clock under the policy that covers it now took over. */
    REPLACED("Replaced");

    private final String label;

    SlaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
