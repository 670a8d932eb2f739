package com.escalationdesk.integration;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A key another system calls the API with, sent as {@code Authorization: Bearer edk_…}: every call
 * runs as the token's owner, with the owner's roles. The secret is shown once, when it is issued;
 * the desk keeps only its SHA-256 (a random 256-bit secret needs no slow hash) and its first
 * characters, so that an admin recognises it in the list. A token ends at its expiry or when revoked.
 */
@Entity
@Table(name = "api_token")
// the owner and their roles with the token, in one statement: every call with a token runs this
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t join fetch t.owner where t.secretHash = :hash",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "t.owner.roles"))
@NamedQuery(name = ApiToken.ALL, query = "select t from ApiToken t join fetch t.owner order by t.createdAt desc, t.id desc")
@NamedQuery(name = ApiToken.MARK_USED, query = "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
        + " and (t.lastUsedAt is null or t.lastUsedAt <= :since)")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    public static final String ALL = "ApiToken.all";
    /**
     * Records a use, unless one within the last minute was: a statement of its own rather than a change
     * of the token, so that calls arriving at once with one token never meet its optimistic lock.
     */
    public static final String MARK_USED = "ApiToken.markUsed";

    /** What every secret starts with, so that a leaked one is recognised (by secret scanners too). */
    public static final String PREFIX = "edk_";

    /** The longest a token lives. */
    public static final int MOST_DAYS = 366;

    /** The calls a token may make a minute unless the admin says otherwise, and the range they may choose in. */
    public static final int DEFAULT_PER_MINUTE = 1_200;
    public static final int FEWEST_PER_MINUTE = 10;
    public static final int MOST_PER_MINUTE = 1_000_000;

    /** How much of the secret the list shows: the prefix and eight characters. */
    static final int SHOWN = PREFIX.length() + 8;

    /** How stale the recorded last use may be: a token in use is written at most once a minute. */
    static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Agent owner;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
    private String secretHash;

    @Column(name = "shown", nullable = false, length = 20)
    private String shown;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute = DEFAULT_PER_MINUTE;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {
        // for JPA
    }

    /** A token issued now, for so many days, with the secret it will be known by (see {@link #newSecret}). */
    public ApiToken(Agent owner, String name, int days, String secret, String issuedBy, Instant now) {
        this(owner, name, days, DEFAULT_PER_MINUTE, secret, issuedBy, now);
    }

    /** A token as above that may make at most {@code requestsPerMinute} calls a minute. */
    public ApiToken(Agent owner, String name, int days, int requestsPerMinute, String secret, String issuedBy, Instant now) {
        if (requestsPerMinute < FEWEST_PER_MINUTE || requestsPerMinute > MOST_PER_MINUTE) {
            throw new RuleViolation("A token makes " + FEWEST_PER_MINUTE + " to " + MOST_PER_MINUTE + " calls a minute.");
        }
        this.requestsPerMinute = requestsPerMinute;
        this.owner = RuleViolation.require(owner, "The token's owner");
        if (!owner.isActive()) {
            throw new RuleViolation(owner.getDisplayName() + " is deactivated: a token of theirs could not be used.");
        }
        if (isSystemAccount(owner)) {
            throw new RuleViolation("The desk's own accounts (" + Agent.SYSTEM_LOGIN + ", " + Agent.PORTAL_LOGIN + ", " + Agent.MAIL_LOGIN
                    + ") hold no tokens.");
        }
        this.name = RuleViolation.requireText(name, "The token's name", 100);
        if (days < 1 || days > MOST_DAYS) {
            throw new RuleViolation("A token lives 1 to " + MOST_DAYS + " days.");
        }
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() < 40) {
            throw new IllegalArgumentException("Not a secret made by ApiToken.newSecret");
        }
        this.secretHash = hash(secret);
        this.shown = secret.substring(0, SHOWN);
        this.createdBy = RuleViolation.require(issuedBy, "Who issues the token");
        this.createdAt = now;
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    /** Whether this is one of the accounts the desk acts as itself (timers, the customers' status page). */
    public static boolean isSystemAccount(Agent a) {
        return Agent.SYSTEM_LOGIN.equals(a.getLoginName()) || Agent.PORTAL_LOGIN.equals(a.getLoginName())
                || Agent.MAIL_LOGIN.equals(a.getLoginName());
    }

    /** A new secret: the prefix and 256 random bits, URL-safe Base64. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a secret, in hex: what the desk keeps and looks a presented token up by. */
    public static String hash(String secret) {
        return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Why a call with this token is refused now, or null when it may run as its owner. */
    public String refusal(Instant now) {
        if (revokedAt != null) {
            return "The token was revoked.";
        }
        if (!now.isBefore(expiresAt)) {
            return "The token expired.";
        }
        if (!owner.isActive()) {
            return "The token's owner is deactivated.";
        }
        return null;
    }

    /** Whether a use now is to be recorded: none was within the last minute (see {@link #MARK_USED}). */
    public boolean useToRecord(Instant now) {
        return useToRecord(lastUsedAt, now);
    }

    static boolean useToRecord(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(LAST_USE_GRAIN));
    }

    /** The earliest last use that spares recording a use now. */
    public static Instant recordedUseSince(Instant now) {
        return now.minus(LAST_USE_GRAIN);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new RuleViolation("The token " + name + " was revoked already.");
        }
        revokedAt = now;
        revokedBy = RuleViolation.require(by, "Who revokes the token");
    }

    /** The token as the audit trail shows it: never its secret or its hash. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("owner", owner.getLoginName());
        state.put("shown", shown + "…");
        state.put("expiresAt", expiresAt.toString());
        state.put("requestsPerMinute", requestsPerMinute);
        if (revokedAt != null) {
            state.put("revokedAt", revokedAt.toString());
        }
        return state;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public Long getId() {
        return id;
    }

    public Agent getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getShown() {
        return shown;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
