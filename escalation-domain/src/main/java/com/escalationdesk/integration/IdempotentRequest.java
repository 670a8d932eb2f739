package com.escalationdesk.integration;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A create sent with an {@code Idempotency-Key}: the caller's key, a fingerprint of the request, and
 * what it created. The row is written in the transaction that creates, under a unique (caller, key),
 * so that of two retries sent at once only one commits what it created (the other's transaction rolls
 * back, and its retry finds the first's row).
 */
@Entity
@Table(name = "idempotent_request")
@NamedQuery(name = IdempotentRequest.OF, query = "select r from IdempotentRequest r where r.caller = :caller and r.idempotencyKey = :key")
@NamedQuery(name = IdempotentRequest.FORGET, query = "delete from IdempotentRequest r where r.createdAt < :before")
public class IdempotentRequest {

    public static final String OF = "IdempotentRequest.of";
    /** Forgets the keys sent before {@code :before}. */
    public static final String FORGET = "IdempotentRequest.forget";

    /** How long a key is remembered: a retry after that is a new request, as with Stripe's keys. */
    public static final Duration KEPT = Duration.ofHours(24);

    /** The longest key taken. */
    public static final int MAX_KEY = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotent_request_seq")
    @SequenceGenerator(name = "idempotent_request_seq", sequenceName = "idempotent_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "caller", nullable = false, length = 100)
    private String caller;

    @Column(name = "idempotency_key", nullable = false, length = MAX_KEY)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "created_number", length = 40)
    private String createdNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
        // for JPA
    }

    public IdempotentRequest(String caller, String idempotencyKey, String requestHash, String createdNumber, Instant now) {
        this.caller = RuleViolation.require(caller, "The caller");
        this.idempotencyKey = checkedKey(idempotencyKey);
        this.requestHash = RuleViolation.require(requestHash, "The request's fingerprint");
        this.createdNumber = RuleViolation.require(createdNumber, "What the request created");
        this.createdAt = now;
    }

    /** The key as sent, if it is one the desk takes: 1 to 255 visible ASCII characters. */
    public static String checkedKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new RuleViolation("An Idempotency-Key is 1 to " + MAX_KEY + " visible ASCII characters, such as a UUID.");
        }
        return key;
    }

    /** The fingerprint of a request as sent: its SHA-256, in hex. */
    public static String fingerprint(String request) {
        return ApiToken.hash(request);
    }

    /** Whether the key was sent longer ago than it is remembered. */
    public boolean forgotten(Instant now) {
        return createdAt.isBefore(forgottenBefore(now));
    }

    /** The moment before which keys are forgotten. */
    public static Instant forgottenBefore(Instant now) {
        return now.minus(KEPT);
    }

    /** Whether a retry with this fingerprint is the same request as the first. */
    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public String getCreatedNumber() {
        return createdNumber;
    }
}
