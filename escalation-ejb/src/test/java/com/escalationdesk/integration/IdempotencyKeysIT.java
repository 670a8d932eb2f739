package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A key is remembered for a day: a retry within it gets the first ticket; after it, the hourly sweep
 * has forgotten the key, and the same key files a new ticket (as it also does when the sweep has not
 * come yet).
 */
class IdempotencyKeysIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    TicketIntake intake;

    @Inject
    IdempotencyKeyExpiry expiry;

    @Inject
    TestClock clock;

    private static final IntakeRequest REFUND = new IntakeRequest("jane.doe@example.com", null, "Refund for order 7731",
            "Charged twice.", Category.BILLING, Priority.HIGH);

    private String file(String key) {
        TicketIntake.Created created = (TicketIntake.Created) intake.create(REFUND, key, "fingerprint");
        return created.number();
    }

    @Test
    void aKeyIsRememberedForADayAndForgottenByTheHourlySweepAfterIt() {
        signIn.as("alice");
        String first = file("order-7731");
        clock.advance(Duration.ofHours(23));
        assertThat(expiry.forget()).as("nothing a day old yet").isZero();
        assertThat(file("order-7731")).as("a retry within the day").isEqualTo(first);

        clock.advance(Duration.ofHours(2));
        assertThat(expiry.forget()).isEqualTo(1);
        String second = file("order-7731");
        assertThat(second).as("the key forgotten, the same request files a new ticket").isNotEqualTo(first);

        clock.advance(Duration.ofHours(25));
        assertThat(file("order-7731")).as("older than a day, before the sweep came").isNotEqualTo(second);
    }
}
