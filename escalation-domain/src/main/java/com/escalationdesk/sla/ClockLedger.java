package com.escalationdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The running and paused stretches of one service-level clock, so that its figures can be
 * recomputed exactly afterwards, under any calendar: a clock runs, pauses while the ticket waits on
 * the customer, resumes, and stops when its target is met.
 */
public final class ClockLedger {

    /** One stretch; {@code until} is null while it lasts. */
    public record Stretch(Instant from, Instant until, boolean running) {
    }

    private final List<Stretch> stretches = new ArrayList<>();
    private Instant stoppedAt;

    public static ClockLedger startedAt(Instant at) {
        ClockLedger ledger = new ClockLedger();
        ledger.stretches.add(new Stretch(at, null, true));
        return ledger;
    }

    /** Rebuilds a ledger from stored stretches (oldest first) and the time it stopped, if it did. */
    public static ClockLedger of(List<Stretch> stored, Instant stoppedAt) {
        ClockLedger ledger = new ClockLedger();
        ledger.stretches.addAll(stored);
        ledger.stoppedAt = stoppedAt;
        return ledger;
    }

    public void pause(Instant at) {
        switchTo(false, at);
    }

    public void resume(Instant at) {
        switchTo(true, at);
    }

    /** The target was met (or the ticket closed): the clock counts no more. */
    public void stop(Instant at) {
        if (stoppedAt != null) {
            return;
        }
        closeCurrent(at);
        stoppedAt = at;
    }

    private void switchTo(boolean running, Instant at) {
        if (stoppedAt != null || current().running() == running) {
            return;
        }
        closeCurrent(at);
        stretches.add(new Stretch(at, null, running));
    }

    private void closeCurrent(Instant at) {
        Stretch last = current();
        stretches.set(stretches.size() - 1, new Stretch(last.from(), at.isBefore(last.from()) ? last.from() : at,
                last.running()));
    }

    private Stretch current() {
        return stretches.get(stretches.size() - 1);
    }

    public boolean isRunning() {
        return stoppedAt == null && current().running();
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    /** Business time counted up to the moment: running stretches only. */
    public Duration elapsed(BusinessHours hours, Instant now) {
        Duration total = Duration.ZERO;
        for (Stretch s : stretches) {
            if (s.running()) {
                Instant end = s.until() == null ? now : (s.until().isBefore(now) ? s.until() : now);
                total = total.plus(hours.between(s.from(), end));
            }
        }
        return total;
    }

    /**
     * When the target is (or was) reached: walking the running stretches, the moment the counted
     * business time reaches the target; null while paused or stopped short of it.
     */
    public Instant dueAt(BusinessHours hours, Duration target) {
        Duration left = target;
        for (Stretch s : stretches) {
            if (!s.running()) {
                continue;
            }
            Instant reached = hours.plus(s.from(), left);
            if (s.until() == null || !reached.isAfter(s.until())) {
                return reached;
            }
            left = left.minus(hours.between(s.from(), s.until()));
        }
        return null;
    }

    public List<Stretch> stretches() {
        return Collections.unmodifiableList(stretches);
    }
}
