package com.escalationdesk.integration;

import java.io.Serializable;
import java.time.Instant;

/** An API token as the admin's list shows it: never its secret. */
public record ApiTokenRow(long id, String name, String ownerLogin, String ownerName, String shown, Instant createdAt,
        String createdBy, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String state, int requestsPerMinute)
        implements Serializable {

    static ApiTokenRow of(ApiToken t, Instant now) {
        String refusal = t.refusal(now);
        String state = refusal == null ? "Active" : t.getRevokedAt() != null ? "Revoked" : !now.isBefore(t.getExpiresAt()) ? "Expired"
                : "Owner deactivated";
        return new ApiTokenRow(t.getId(), t.getName(), t.getOwner().getLoginName(), t.getOwner().getDisplayName(), t.getShown() + "…",
                t.getCreatedAt(), t.getCreatedBy(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), state,
                t.getRequestsPerMinute());
    }

    public boolean active() {
        return "Active".equals(state);
    }
}
