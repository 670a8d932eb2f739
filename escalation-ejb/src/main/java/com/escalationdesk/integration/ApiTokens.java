package com.escalationdesk.integration;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.signin.SignInOutcome;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The keys other systems call the API with: an admin issues a token to a user (a person, or an
 * account made for an integration), sees when each was last used, and revokes it. Issuing and
 * revoking are on the configuration audit chain. A call that presents a token runs as its owner.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    /** Owners offered for a text at most. */
    static final int OWNERS = 10;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ApiTokenUses uses;

    /** Every token, newest first. */
    public List<ApiTokenRow> all() {
        Instant now = clock.instant();
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultStream().map(t -> ApiTokenRow.of(t, now)).toList();
    }

    /** The active users whose login or name holds the text, for the owner's picker. */
    public List<TokenOwner> owners(String text) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        return em.createQuery("select a from Agent a where (lower(a.loginName) like :text escape '!'"
                        + " or lower(a.displayName) like :text escape '!') order by a.loginName", Agent.class)
                .setParameter("text", like).getResultStream()
                // active ones in memory: with a row limit, EclipseLink wrote the flag as 1, which H2 refuses to compare
                .filter(a -> a.isActive() && !ApiToken.isSystemAccount(a)).limit(OWNERS)
                .map(a -> new TokenOwner(a.getLoginName(), a.getDisplayName(),
                        a.getRoles().stream().sorted().map(ApiTokens::word).collect(Collectors.joining(", "))))
                .toList();
    }

    private static String word(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** A new token for the user, living so many days; its secret is in the answer and nowhere else. */
    public IssuedToken issue(String ownerLogin, String name, int days) {
        return issue(ownerLogin, name, days, ApiToken.DEFAULT_PER_MINUTE);
    }

    /** Issues a token that may make at most {@code requestsPerMinute} calls a minute (answered 429 beyond). */
    public IssuedToken issue(String ownerLogin, String name, int days, int requestsPerMinute) {
        Agent admin = callers.current();
        String login = RuleViolation.requireText(ownerLogin, "The token's owner", 100);
        Agent owner = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", login).getResultStream()
                .findFirst().orElseThrow(() -> new RuleViolation("Nobody signs in as " + login + "."));
        String secret = ApiToken.newSecret();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(owner, name, days, requestsPerMinute, secret, admin.getLoginName(), now);
        em.persist(token);
        em.flush();
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.API_TOKEN_ISSUED,
                "API token “" + token.getName() + "” issued to " + owner.getLoginName() + ", until " + token.getExpiresAt()
                        + ", " + token.getRequestsPerMinute() + " calls a minute",
                null, token.auditState());
        LOG.info(() -> "API token " + token.getShown() + "… issued to '" + owner.getLoginName() + "' by '" + admin.getLoginName() + "'");
        return new IssuedToken(ApiTokenRow.of(token, now), secret);
    }

    public void revoke(long id) {
        Agent admin = callers.current();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new NotFound("There is no API token " + id + ".");
        }
        var before = token.auditState();
        token.revoke(admin.getLoginName(), clock.instant());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.API_TOKEN_REVOKED,
                "API token “" + token.getName() + "” of " + token.getOwner().getLoginName() + " revoked", before, token.auditState());
    }

    /**
     * Who a call that presents this secret runs as: the token's owner and their roles, or why it is
     * refused. Open to everyone because it is how a token signs in; its use is recorded (at most once
     * a minute per token). Every API call comes through here: the token is read without a transaction
     * (one statement; a transaction would add its begin and commit, round trips to the database).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignInOutcome presented(String secret) {
        if (secret == null || !secret.startsWith(ApiToken.PREFIX)) {
            return new SignInOutcome.Refused("The bearer token is not one this desk issues.");
        }
        ApiToken token = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", ApiToken.hash(secret))
                .getResultStream().findFirst().orElse(null);
        if (token == null) {
            return new SignInOutcome.Refused("The bearer token is not known.");
        }
        Instant now = clock.instant();
        String refusal = token.refusal(now);
        if (refusal != null) {
            return new SignInOutcome.Refused(refusal);
        }
        if (token.useToRecord(now)) {
            uses.record(token.getId(), now);
        }
        return new SignInOutcome.Bearer(token.getOwner().getLoginName(),
                token.getOwner().getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()), token.getId(),
                token.getRequestsPerMinute());
    }
}
