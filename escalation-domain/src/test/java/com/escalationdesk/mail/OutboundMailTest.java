package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

    final Instant t0 = Instant.parse("2026-11-24T09:00:00Z");

    OutboundMail mail() {
        return new OutboundMail("lena@example.com", "ESC-10001  needs\nyou", "Body", "ESC-10001", t0, t0);
    }

    @Test
    void aMailIsClaimedOnceUntilItsClaimRunsOut() {
        OutboundMail mail = mail();
        assertThat(mail.getSubject()).as("one line").isEqualTo("ESC-10001 needs you");
        assertThat(mail.claim(t0)).isTrue();
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.claim(t0.plusSeconds(60))).as("another sweep leaves it to its sender").isFalse();
        assertThat(mail.claim(t0.plus(OutboundMail.CLAIM))).as("a sender that died is replaced").isTrue();
    }

    @Test
    void aWithdrawnWarningIsNeverSentOrTriedAgain() {
        OutboundMail mail = mail().warningOf(42L);
        assertThat(mail.getWarningOfClock()).isEqualTo(42L);
        assertThat(mail.claim(t0)).isTrue();
        mail.withdraw(t0, "Withdrawn: met");
        assertThat(mail.getGaveUpAt()).isEqualTo(t0);
        assertThat(mail.getSentAt()).isNull();
        assertThat(mail.claim(t0.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void failedAttemptsAreRetriedAfterGrowingPausesThenGivenUp() {
        OutboundMail mail = mail();
        Instant now = t0;
        Duration[] pauses = new Duration[OutboundMail.MAX_ATTEMPTS - 1];
        for (int i = 0; i < pauses.length; i++) {
            assertThat(mail.claim(now)).isTrue();
            mail.failed(now, "Connection refused");
            pauses[i] = Duration.between(now, mail.getNextAttemptAt());
            assertThat(mail.claim(now.plus(pauses[i]).minusMillis(1))).as("not before its pause is over").isFalse();
            now = mail.getNextAttemptAt();
        }
        assertThat(pauses).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
        assertThat(mail.claim(now)).isTrue();
        mail.failed(now, "Connection refused");
        assertThat(mail.getGaveUpAt()).isEqualTo(now);
        assertThat(mail.claim(now.plus(Duration.ofDays(1)))).as("given up for good").isFalse();
    }

    @Test
    void aSentMailIsNeverSentAgain() {
        OutboundMail mail = mail();
        mail.claim(t0);
        mail.failed(t0, "451 try later");
        assertThat(mail.claim(t0.plusSeconds(60))).isTrue();
        mail.sent(t0.plusSeconds(61));
        assertThat(mail.getSentAt()).isEqualTo(t0.plusSeconds(61));
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.claim(t0.plus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void aMailForLaterWaitsUntilThen() {
        Instant monday = Instant.parse("2026-11-30T07:00:00Z");
        OutboundMail mail = new OutboundMail("lena@example.com", "Reminder", "Body", null, t0, monday);
        assertThat(mail.claim(t0.plus(Duration.ofDays(2)))).isFalse();
        assertThat(mail.claim(monday)).isTrue();
    }
}
