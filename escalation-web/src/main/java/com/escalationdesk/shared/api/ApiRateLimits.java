package com.escalationdesk.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Each API token's calls a minute, as a token bucket on this server: a token may spend a quarter of
 * its minute's calls at once, and earns them back evenly over the minute. A call beyond is answered
 * 429 with the seconds until the next one is earned. Two servers each keep their own buckets, so a
 * token spread over both may make up to twice its calls; the limit guards the desk from a runaway
 * client, not an account from its owner.
 */
@ApplicationScoped
public class ApiRateLimits {

    /** What the limit said of one call: allowed or not, the calls left now, and when to retry if refused. */
    public record Verdict(boolean allowed, int limit, long remaining, long retryAfterSeconds) {
    }

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    public ApiRateLimits() {
        this(System::nanoTime);
    }

    ApiRateLimits(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Takes one call from the token's bucket, if it holds one. */
    public Verdict take(long tokenId, int perMinute) {
        Bucket bucket = buckets.compute(tokenId, (id, b) -> b == null || b.perMinute != perMinute ? new Bucket(perMinute, nanos.getAsLong()) : b);
        return bucket.take(nanos.getAsLong());
    }

    private static final class Bucket {

        private final int perMinute;
        private final double capacity;
        private final double perNano;
        private double calls;
        private long at;

        Bucket(int perMinute, long now) {
            this.perMinute = perMinute;
            this.capacity = Math.max(1, perMinute / 4.0);
            this.perNano = perMinute / 60e9;
            this.calls = capacity;
            this.at = now;
        }

        synchronized Verdict take(long now) {
            calls = Math.min(capacity, calls + (now - at) * perNano);
            at = now;
            if (calls >= 1) {
                calls -= 1;
                return new Verdict(true, perMinute, (long) calls, 0);
            }
            long wait = (long) Math.ceil((1 - calls) / perNano / 1e9);
            return new Verdict(false, perMinute, 0, Math.max(1, wait));
        }
    }
}
