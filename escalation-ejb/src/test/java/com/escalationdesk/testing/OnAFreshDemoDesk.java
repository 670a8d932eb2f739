package com.escalationdesk.testing;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service test on Payara Micro: it runs inside the one shared deployment and its class starts
 * from the demo desk of a fresh install (see {@link FreshDesk}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class OnAFreshDemoDesk {

    @Inject
    private FreshDesk freshDesk;

    @BeforeEach
    void startFromTheDemoDesk() {
        freshDesk.before(getClass());
    }
}
