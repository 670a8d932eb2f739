package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

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
    void theStoredFormNeverContainsThePassword() {
        assertThat(PasswordHash.of("demo-secret".toCharArray())).startsWith("pbkdf2-sha512$").doesNotContain("demo-secret");
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertThat(PasswordHash.matches("demo".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHash.matches("demo".toCharArray(), "pbkdf2-sha512$x$y$z")).isFalse();
        assertThat(PasswordHash.matches("demo".toCharArray(), null)).isFalse();
    }
}
