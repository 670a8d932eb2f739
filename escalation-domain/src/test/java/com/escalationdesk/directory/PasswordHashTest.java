package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        String stored = PasswordHash.of("correct horse".toCharArray());

        assertThat(PasswordHash.matches("correct horse".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.matches("correct horsE".toCharArray(), stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(PasswordHash.of("demo".toCharArray())).isNotEqualTo(PasswordHash.of("demo".toCharArray()));
    }

    @Test
    void theStoredFormNamesTheSchemeTheFullCostASixteenByteSaltAndASixtyFourByteHash() {
        String[] parts = PasswordHash.of("demo-secret".toCharArray()).split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
        assertThat(parts[1]).isEqualTo("210000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
    }

    @Test
    void theHashIsPbkdf2HmacSha512AsPublished() {
        // the published test vector for PBKDF2-HMAC-SHA512: password "password", salt "salt", 1 iteration, 64 bytes
        byte[] expected = HexFormat.of().parseHex("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252"
                + "c02d470a285a0501bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce");
        String stored = "pbkdf2-sha512$1$" + Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.UTF_8))
                + "$" + Base64.getEncoder().encodeToString(expected);

        assertThat(PasswordHash.matches("password".toCharArray(), stored)).isTrue();
        assertThat(PasswordHash.matches("Password".toCharArray(), stored)).isFalse();
    }

    @Test
    void aCheaperHashNamesItsOwnCountAndChecksTheSameWay() {
        String cheap = PasswordHash.of("demo".toCharArray(), 1000);

        assertThat(cheap).startsWith("pbkdf2-sha512$1000$");
        assertThat(PasswordHash.matches("demo".toCharArray(), cheap)).isTrue();
        assertThat(PasswordHash.matches("demo".toCharArray(), PasswordHash.UNMATCHABLE)).isFalse();
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertThat(PasswordHash.matches("demo".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHash.matches("demo".toCharArray(), "pbkdf2-sha512$x$y$z")).isFalse();
        assertThat(PasswordHash.matches("demo".toCharArray(), null)).isFalse();
    }
}
