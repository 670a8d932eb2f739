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

    /** How a clock stopped at {@code stoppedAt} ended: missed when after its due time, met otherwise (or with none). */
    public static SlaStatus ended(java.time.Instant stoppedAt, java.time.Instant dueAt) {
        return dueAt != null && stoppedAt.isAfter(dueAt) ? MISSED : MET;
    }

    public String label() {
        return label;
    }
}
