package com.escalationdesk.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

    private static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void threeFreeTriesThenADelayThatDoublesUpToAMinute() {
        SignInFailures f = new SignInFailures(SignInFailures.loginKey("Alice "));
        f.failed(T, SignInFailures.BY_LOGIN);
        f.failed(T, SignInFailures.BY_LOGIN);
        assertThat(f.refusesAt(T)).isFalse();

        f.failed(T, SignInFailures.BY_LOGIN);
        assertThat(f.getNextTryAt()).isEqualTo(T.plusSeconds(1));
        assertThat(f.refusesAt(T.plusMillis(999))).isTrue();
        assertThat(f.refusesAt(T.plusSeconds(1))).isFalse();

        Instant at = T;
        long[] delays = {2, 4, 8, 16, 32, 60};
        for (long delay : delays) {
            at = at.plusSeconds(61);
            f.failed(at, SignInFailures.BY_LOGIN);
            assertThat(Duration.between(at, f.getNextTryAt()).toSeconds()).isEqualTo(delay);
        }
        assertThat(f.getFailures()).isEqualTo(9);
        assertThat(f.getKey()).isEqualTo("login:alice");
    }

    @Test
    void theTenthFailureLocksForAQuarterOfAnHourAndAnExpiredLockStartsAfresh() {
        SignInFailures f = new SignInFailures(SignInFailures.loginKey("tom"));
        Instant at = T;
        for (int i = 0; i < 10; i++) {
            at = at.plusSeconds(61);
            f.failed(at, SignInFailures.BY_LOGIN);
        }
        assertThat(f.isLockedAt(at)).isTrue();
        assertThat(f.getLockedUntil()).isEqualTo(at.plus(SignInFailures.LOCK));
        assertThat(f.refusesAt(at.plus(Duration.ofMinutes(14)))).isTrue();

        Instant after = at.plus(SignInFailures.LOCK);
        assertThat(f.refusesAt(after)).isFalse();
        f.failed(after, SignInFailures.BY_LOGIN);
        assertThat(f.getFailures()).isEqualTo(1);
        assertThat(f.isLockedAt(after)).isFalse();
    }

    @Test
    void aQuietQuarterOfAnHourForgetsFailuresAndASuccessClearsThem() {
        SignInFailures f = new SignInFailures(SignInFailures.addressKey("192.0.2.1"));
        for (int i = 0; i < 12; i++) {
            f.failed(T.plusSeconds(i * 70L), SignInFailures.BY_ADDRESS);
        }
        Instant last = T.plusSeconds(11 * 70L);
        assertThat(f.refusesAt(last)).isTrue();
        assertThat(f.refusesAt(last.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(f.getFailures()).isZero();

        f.failed(T.plus(Duration.ofHours(2)), SignInFailures.BY_ADDRESS);
        f.clear();
        assertThat(f.getFailures()).isZero();
        assertThat(f.refusesAt(T.plus(Duration.ofHours(2)))).isFalse();
    }
}
