package com.escalationdesk.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiRateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ApiRateLimits limits = new ApiRateLimits(now::get);

    @Test
    void aTokenSpendsAQuarterOfItsMinuteAtOnceThenWaitsForTheNextCallItEarns() {
        for (int i = 0; i < 15; i++) {
            assertThat(limits.take(1, 60).allowed()).as("call %d", i + 1).isTrue();
        }
        ApiRateLimits.Verdict refused = limits.take(1, 60);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(limits.take(1, 60).allowed()).isTrue();
        assertThat(limits.take(1, 60).allowed()).isFalse();
    }

    @Test
    void eachTokenHasItsOwnBucketAndAnIdleOneFillsOnlyToItsBurst() {
        for (int i = 0; i < 15; i++) {
            limits.take(1, 60);
        }
        assertThat(limits.take(2, 60).allowed()).isTrue();
        now.addAndGet(3_600_000_000_000L);
        int allowed = 0;
        while (limits.take(1, 60).allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(15);
    }

    @Test
    void aSlowTokenIsToldToWaitForItsNextCall() {
        for (int i = 0; i < 2; i++) {
            assertThat(limits.take(3, 10).allowed()).isTrue();
        }
        ApiRateLimits.Verdict refused = limits.take(3, 10);
        assertThat(refused.allowed()).isFalse();
        // a burst of 2.5 calls leaves half a call, earned whole at one call each 6 s in 3 s
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        assertThat(refused.remaining()).isZero();
    }
}
