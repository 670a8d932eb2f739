package com.escalationdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusLinksTest {

    final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    final StatusLinks links = new StatusLinks("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void aLinkWeIssuedOpensItsTicketUntilItExpires() {
        String token = links.issue("ESC-10234", now);
        assertThat(links.check(token, now.plus(Duration.ofDays(89))))
                .isEqualTo(new StatusLinks.Valid("ESC-10234", now.plus(StatusLinks.LIFETIME)));
        assertThat(links.check(token, now.plus(StatusLinks.LIFETIME))).isInstanceOf(StatusLinks.Expired.class);
    }

    @Test
    void anAlteredTicketNumberOrExpiryOrAnotherSecretIsAForgery() {
        String token = links.issue("ESC-10234", now);
        String[] parts = token.split("\\.");
        assertThat(links.check("ESC-10235." + parts[1] + "." + parts[2], now)).isInstanceOf(StatusLinks.Forged.class);
        assertThat(links.check(parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2], now))
                .isInstanceOf(StatusLinks.Forged.class);
        StatusLinks other = new StatusLinks("another secret of thirty-two bytes!".getBytes());
        assertThat(other.check(token, now)).isInstanceOf(StatusLinks.Forged.class);
    }

    @Test
    void garbageIsAForgeryNotAnError() {
        assertThat(links.check(null, now)).isInstanceOf(StatusLinks.Forged.class);
        assertThat(links.check("ESC-10234", now)).isInstanceOf(StatusLinks.Forged.class);
        assertThat(links.check("<script>alert(1)</script>", now)).isInstanceOf(StatusLinks.Forged.class);
    }
}
