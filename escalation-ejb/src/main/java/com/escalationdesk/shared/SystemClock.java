package com.escalationdesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of the current time, so that tests of time-dependent rules can control it. */
@ApplicationScoped
public class SystemClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
