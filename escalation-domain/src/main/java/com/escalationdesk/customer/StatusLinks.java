package com.escalationdesk.customer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens of customer status links: the ticket number and an expiry, signed with
 * HMAC-SHA256 under the installation's secret. Without the secret nobody can make one for another
 * ticket or move its expiry; the ticket number alone opens nothing.
 */
public final class StatusLinks {

    /** How long a link from an email keeps working; every email carries a fresh one. */
    public static final Duration LIFETIME = Duration.ofDays(90);
    private static final Pattern TOKEN = Pattern.compile("([A-Z]+-\\d{1,12})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    /** What a token turned out to be. */
    public sealed interface Check permits Valid, Expired, Forged {
    }

    public record Valid(String ticketNumber, Instant expiresAt) implements Check {
    }

    /** Signed by us, but too old: the page says so and shows nothing of the ticket. */
    public record Expired() implements Check {
    }

    /** Not made by us, altered, or not a token at all. */
    public record Forged() implements Check {
    }

    private final byte[] secret;

    public StatusLinks(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("A status link secret needs at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    public String issue(String ticketNumber, Instant now) {
        long expires = now.plus(LIFETIME).getEpochSecond();
        String payload = ticketNumber + "." + expires;
        return payload + "." + sign(payload);
    }

    public Check check(String token, Instant now) {
        Matcher m = token == null ? null : TOKEN.matcher(token.strip());
        if (m == null || !m.matches()) {
            return new Forged();
        }
        String payload = m.group(1) + "." + m.group(2);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII))) {
            return new Forged();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(m.group(2)));
        return now.isBefore(expiresAt) ? new Valid(m.group(1), expiresAt) : new Expired();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }
}
