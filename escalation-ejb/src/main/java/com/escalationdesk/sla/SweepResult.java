package com.escalationdesk.sla;

/** What one sweep did: clocks found due, steps fired, clocks another sweep had handled or that failed. */
public record SweepResult(int due, int stepsFired, int skipped, int failed, long millis) {
}
