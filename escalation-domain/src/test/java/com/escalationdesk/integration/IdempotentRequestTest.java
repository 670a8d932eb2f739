package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotentRequestTest {

    private static final Instant SENT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aKeyIsRememberedForADayAndTheSameRequestIsKnownByItsFingerprint() {
        IdempotentRequest request = new IdempotentRequest("alice", "order-7731", IdempotentRequest.fingerprint("{\"a\":1}"), "ESC-1", SENT);

        assertThat(request.forgotten(SENT.plusSeconds(24 * 3600 - 1))).isFalse();
        assertThat(request.forgotten(SENT.plusSeconds(24 * 3600 + 1))).isTrue();
        assertThat(IdempotentRequest.forgottenBefore(SENT.plusSeconds(24 * 3600))).isEqualTo(SENT);
        assertThat(request.sameRequest(IdempotentRequest.fingerprint("{\"a\":1}"))).isTrue();
        assertThat(request.sameRequest(IdempotentRequest.fingerprint("{\"a\":2}"))).isFalse();
    }

    @Test
    void aKeyIsOneToTwoHundredFiftyFiveVisibleAsciiCharacters() {
        assertThat(IdempotentRequest.checkedKey("3f1c9a2e-7b41-4c55-9d1e-0a8f6c2b7d90")).isNotNull();
        for (String wrong : new String[] {"", "with space", "ü", "x".repeat(256)}) {
            assertThatThrownBy(() -> IdempotentRequest.checkedKey(wrong)).as(wrong).isInstanceOf(RuleViolation.class);
        }
    }
}
