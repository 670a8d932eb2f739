package com.escalationdesk.signin;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.directory.Directory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Signing in with a login name and password, slowed down and locked after repeated failures per
 * login name and per client address (see {@link SignInFailures}), in the database so that every
 * server of the desk counts the same failures. Every attempt is logged, never with the password.
 */
@Stateless
@Boundary
public class SignIns {

    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final String WRONG = "Wrong login name or password.";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Directory directory;

    @Inject
    private Clock clock;

    /** Open to everyone because it is how one signs in. */
    @PermitAll
    public SignInOutcome attempt(String login, char[] password, String clientAddress) {
        Instant now = clock.instant();
        String who = printable(login);
        SignInFailures byLogin = failuresOf(SignInFailures.loginKey(login));
        SignInFailures byAddress = failuresOf(SignInFailures.addressKey(clientAddress));
        String wait = waitMessage(byLogin, byAddress, now);
        if (wait != null) {
            LOG.warning(() -> "Sign-in for '" + who + "' from " + clientAddress + " refused unchecked: " + wait);
            return new SignInOutcome.Refused(wait);
        }
        var groups = directory.authenticate(login, password);
        if (groups.isPresent()) {
            byLogin.clear();
            LOG.info(() -> "Signed in: '" + who + "' from " + clientAddress);
            return new SignInOutcome.Accepted(login.strip(), groups.get());
        }
        // the delay runs from when the failure is known, after the password check
        Instant failedAt = clock.instant();
        byLogin.failed(failedAt, SignInFailures.BY_LOGIN);
        byAddress.failed(failedAt, SignInFailures.BY_ADDRESS);
        keep(byLogin);
        keep(byAddress);
        LOG.warning(() -> "Failed sign-in for '" + who + "' from " + clientAddress + " (" + byLogin.getFailures()
                + " in a row for this name, " + byAddress.getFailures() + " from this address)");
        if (byLogin.isLockedAt(failedAt)) {
            return new SignInOutcome.Refused(WRONG + " After " + byLogin.getFailures() + " failed sign-ins this login is"
                    + " locked until " + TIME.format(byLogin.getLockedUntil()) + "; an administrator can unlock it sooner.");
        }
        String next = waitMessage(byLogin, byAddress, failedAt);
        return new SignInOutcome.Refused(next == null ? WRONG : WRONG + " " + next);
    }

    private static String waitMessage(SignInFailures byLogin, SignInFailures byAddress, Instant now) {
        if (byLogin.refusesAt(now)) {
            return byLogin.isLockedAt(now)
                    ? "Too many failed sign-ins: this login is locked until " + TIME.format(byLogin.getLockedUntil())
                            + ". Try again then, or ask an administrator to unlock it."
                    : "Too many failed sign-ins: wait " + seconds(now, byLogin.getNextTryAt()) + " before the next try.";
        }
        if (byAddress.refusesAt(now)) {
            Instant until = byAddress.isLockedAt(now) ? byAddress.getLockedUntil() : byAddress.getNextTryAt();
            return "Too many failed sign-ins from your network: wait " + seconds(now, until) + " before the next try.";
        }
        return null;
    }

    private static String seconds(Instant now, Instant until) {
        long s = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        return s < 120 ? s + (s == 1 ? " second" : " seconds") : (s + 59) / 60 + " minutes";
    }

    /**
     * The failures under a key, locked for this transaction so that racing attempts count one after
     * the other; a key without failures yet is stored only when it fails ({@link #keep}).
     */
    private SignInFailures failuresOf(String key) {
        SignInFailures found = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        return found != null ? found : new SignInFailures(key);
    }

    private void keep(SignInFailures failures) {
        if (!em.contains(failures)) {
            em.persist(failures);
        }
    }

    /** A login name as typed, safe for one log line. */
    private static String printable(String login) {
        if (login == null) {
            return "";
        }
        String clean = login.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 80) + "…";
    }
}
