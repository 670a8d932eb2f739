package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An API token: shown once, kept as a hash, refused once revoked or expired or its owner is gone. */
class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final Agent shop = new Agent("webshop", "Web shop", "shop@example.test", "!", null, Set.of(Role.MANAGER));

    @Test
    void aSecretIsRandomAndRecognisableAndOnlyItsHashAndFirstCharactersAreKept() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            secrets.add(ApiToken.newSecret());
        }
        assertThat(secrets).hasSize(1_000).allSatisfy(s -> assertThat(s).startsWith("edk_").hasSize(4 + 43));
        String secret = secrets.iterator().next();
        ApiToken token = new ApiToken(shop, "Refunds from the shop", 90, secret, "adam", NOW);

        assertThat(ApiToken.hash(secret)).hasSize(64).isNotEqualTo(ApiToken.hash(secret + "x"));
        assertThat(token.getShown()).isEqualTo(secret.substring(0, 12));
        assertThat(token.auditState().toString()).doesNotContain(secret.substring(12)).doesNotContain(ApiToken.hash(secret))
                .contains("webshop", "Refunds from the shop");
        assertThat(token.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
    }

    @Test
    void aTokenIsRefusedOnceItExpiredOrWasRevokedOrItsOwnerWasDeactivated() {
        ApiToken expiring = new ApiToken(shop, "Shop", 1, ApiToken.newSecret(), "adam", NOW);
        assertThat(expiring.refusal(NOW.plus(Duration.ofHours(23)))).isNull();
        assertThat(expiring.refusal(NOW.plus(Duration.ofDays(1)))).isEqualTo("The token expired.");

        ApiToken revoked = new ApiToken(shop, "Shop", 30, ApiToken.newSecret(), "adam", NOW);
        revoked.revoke("adam", NOW.plusSeconds(60));
        assertThat(revoked.refusal(NOW.plusSeconds(61))).isEqualTo("The token was revoked.");
        assertThatThrownBy(() -> revoked.revoke("adam", NOW)).isInstanceOf(RuleViolation.class)
                .hasMessage("The token Shop was revoked already.");

        ApiToken owned = new ApiToken(shop, "Shop", 30, ApiToken.newSecret(), "adam", NOW);
        shop.deactivate();
        assertThat(owned.refusal(NOW)).isEqualTo("The token's owner is deactivated.");
        assertThatThrownBy(() -> new ApiToken(shop, "Shop", 30, ApiToken.newSecret(), "adam", NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("is deactivated");
    }

    @Test
    void aTokenLivesOneDayToAYearAndNeedsAName() {
        assertThatThrownBy(() -> new ApiToken(shop, "Shop", 0, ApiToken.newSecret(), "adam", NOW))
                .hasMessage("A token lives 1 to 366 days.");
        assertThatThrownBy(() -> new ApiToken(shop, "Shop", 367, ApiToken.newSecret(), "adam", NOW))
                .hasMessage("A token lives 1 to 366 days.");
        assertThatThrownBy(() -> new ApiToken(shop, " ", 30, ApiToken.newSecret(), "adam", NOW))
                .hasMessage("The token's name is required.");
        Agent portal = new Agent(Agent.PORTAL_LOGIN, "Customer", "p@example.test", "!", null, Set.of(Role.MANAGER));
        assertThatThrownBy(() -> new ApiToken(portal, "Shop", 30, ApiToken.newSecret(), "adam", NOW))
                .hasMessageStartingWith("The desk's own accounts");
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinute() {
        ApiToken token = new ApiToken(shop, "Shop", 30, ApiToken.newSecret(), "adam", NOW);
        assertThat(token.getLastUsedAt()).isNull();
        assertThat(token.useToRecord(NOW)).isTrue();
        assertThat(ApiToken.useToRecord(NOW, NOW.plusSeconds(59))).isFalse();
        assertThat(ApiToken.useToRecord(NOW, NOW.plusSeconds(60))).isTrue();
        // the statement that records it skips a token used since this moment
        assertThat(ApiToken.recordedUseSince(NOW.plusSeconds(60))).isEqualTo(NOW);
    }
}
