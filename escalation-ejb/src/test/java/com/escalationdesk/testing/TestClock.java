package com.escalationdesk.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: real time shifted by an offset that tests move forward, so
 * that hours of service-level time pass in a moment. It only moves forward, so timestamps written
 * earlier never lie in the future of later ones, until {@link FreshDesk} builds or restores a new
 * database.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward");
        }
        offset = offset.plus(by);
    }

    /** Moves to the moment, if it lies ahead. */
    public void advanceTo(Instant moment) {
        Duration by = Duration.between(instant(), moment);
        if (!by.isNegative()) {
            advance(by);
        }
    }

    /**
     * Back to a moment in the past, for a desk restored from a copy taken then: its timestamps lie
     * before that moment, as a freshly loaded desk's lie before now.
     */
    void rewindTo(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    /** Back to real time, for a desk whose database was built afresh and holds no later timestamps. */
    void restart() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
