package com.escalationdesk.sla;

import com.escalationdesk.shared.ReadableDuration;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** One service-level clock of a ticket as the ticket page shows it. */
public record SlaClockView(SlaKind kind, String policy, String calendar, String target, Instant startedAt,
        Instant dueAt, Instant stoppedAt, String remaining, SlaStatus status, int stretches) implements Serializable {

    static SlaClockView of(SlaClock c, Instant now) {
        Duration left = c.remaining(now);
        String remaining = left.isNegative() || left.isZero()
                ? ReadableDuration.of(left.negated()) + " over"
                : ReadableDuration.of(left) + " left";
        return new SlaClockView(c.getKind(), c.getPolicy().getName(), c.getPolicy().getCalendar().describe(),
                ReadableDuration.of(Duration.ofMinutes(c.getTargetMinutes())), c.getStartedAt(), c.getDueAt(),
                c.getStoppedAt(), remaining, c.status(now), c.getLedger().size());
    }

    /** The style class the screens colour the status with. */
    public String tone() {
        return tone(status);
    }

    public static String tone(SlaStatus status) {
        return switch (status) {
            case ON_TRACK, MET -> "sla-ok";
            case AT_RISK, PAUSED -> "sla-risk";
            case BREACHED, MISSED -> "sla-breached";
            case REPLACED -> "sla-replaced";
        };
    }
}
