package com.escalationdesk.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins of one login name, or of one client address, and what they allow next.
 *
 * <p>Failures count in a row (a success under the login name clears them; an address is cleared
 * only by time). From the {@code delayFrom}-th failure on, the next try must wait a delay that
 * doubles with each further failure, up to a minute; at {@code lockAt} failures the key is locked
 * for {@link #LOCK}. A quarter of an hour without a failure forgets them. Tries refused for
 * waiting are not counted: they never reach the password.
 */
@Entity
@Table(name = "sign_in_failures")
public class SignInFailures {

    public static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final Duration LONGEST_DELAY = Duration.ofSeconds(60);

    /** Per login name: three free tries, then delays, locked at the tenth failure. */
    public static final Limits BY_LOGIN = new Limits(3, 10);
    /** Per client address, where many people may share one: looser. */
    public static final Limits BY_ADDRESS = new Limits(10, 50);

    /** When waiting starts and when the lock falls, in failures in a row. */
    public record Limits(int delayFrom, int lockAt) {
    }

    @Id
    @Column(name = "throttle_key", length = 300)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "next_try_at")
    private Instant nextTryAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    @Column(name = "version")
    private long version;

    protected SignInFailures() {
        // for JPA
    }

    public SignInFailures(String key) {
        this.key = key;
    }

    public static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }

    /** Whether a try now must be refused without checking the password: locked, or too soon after the last failure. */
    public boolean refusesAt(Instant now) {
        forgetIfOld(now);
        return (lockedUntil != null && now.isBefore(lockedUntil)) || (nextTryAt != null && now.isBefore(nextTryAt));
    }

    /** Counts a failed try and sets what the next one must wait for. */
    public void failed(Instant now, Limits limits) {
        forgetIfOld(now);
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // the lock ran out: a fresh start
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= limits.lockAt()) {
            lockedUntil = now.plus(LOCK);
            nextTryAt = null;
        } else if (failures >= limits.delayFrom()) {
            long seconds = Math.min(LONGEST_DELAY.toSeconds(), 1L << Math.min(30, failures - limits.delayFrom()));
            nextTryAt = now.plusSeconds(seconds);
        }
    }

    /** A correct password under this login name: its failures are forgotten. */
    public void clear() {
        failures = 0;
        lastFailureAt = null;
        nextTryAt = null;
        lockedUntil = null;
    }

    private void forgetIfOld(Instant now) {
        if (lockedUntil == null && lastFailureAt != null && !now.isBefore(lastFailureAt.plus(FORGET_AFTER))) {
            clear();
        }
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getNextTryAt() {
        return nextTryAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
