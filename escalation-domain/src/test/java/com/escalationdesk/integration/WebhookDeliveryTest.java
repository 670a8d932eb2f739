package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final Webhook hook = new Webhook("https://shop.example/hooks/desk", "Web shop", EnumSet.of(WebhookEvent.TICKET_CREATED),
            WebhookSignature.newSecret(), "adam", NOW);

    @Test
    void aFailedDeliveryIsTriedAgainAfterGrowingPausesAndGivenUpAfterTheLast() {
        WebhookDelivery delivery = new WebhookDelivery(hook, WebhookEvent.TICKET_CREATED, "{}", "ESC-1", NOW);
        Instant at = NOW;
        Duration[] expected = {Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)};
        for (Duration pause : expected) {
            assertThat(delivery.claim(at)).isTrue();
            assertThat(delivery.claim(at)).as("claimed already").isFalse();
            delivery.failed(at, 503, "Service Unavailable", false);
            assertThat(delivery.getNextAttemptAt()).isEqualTo(at.plus(pause));
            assertThat(delivery.claim(at.plus(pause).minusMillis(1))).as("not due yet").isFalse();
            at = at.plus(pause);
            assertThat(delivery.state()).isEqualTo("Retrying");
        }
        assertThat(delivery.claim(at)).isTrue();
        delivery.failed(at, 503, "Service Unavailable", false);
        assertThat(delivery.getAttempts()).isEqualTo(WebhookDelivery.MAX_ATTEMPTS);
        assertThat(delivery.state()).isEqualTo("Given up");
        assertThat(delivery.claim(at.plus(Duration.ofDays(1)))).isFalse();

        delivery.redeliver(at);
        assertThat(delivery.claim(at)).isTrue();
        delivery.delivered(at, 204);
        assertThat(delivery.state()).isEqualTo("Delivered");
        assertThat(delivery.getLastStatus()).isEqualTo(204);
    }

    @Test
    void aRefusedAddressIsGivenUpAtOnceAndTheMessageIdOutlivesRedelivery() {
        WebhookDelivery delivery = new WebhookDelivery(hook, WebhookEvent.TICKET_CREATED, "{}", "ESC-1", NOW);
        String id = delivery.getMessageId();
        delivery.claim(NOW);
        delivery.failed(NOW, null, "x".repeat(600), true);
        assertThat(delivery.state()).isEqualTo("Given up");
        assertThat(delivery.getLastError()).hasSize(500);
        delivery.redeliver(NOW);
        assertThat(delivery.getMessageId()).isEqualTo(id).startsWith("msg_");
    }

    @Test
    void aWebhookNeedsAnHttpUrlWithAHostAndNoCredentialsAndAtLeastOneEvent() {
        for (String wrong : new String[] {"ftp://shop.example/x", "shop.example/hooks", "https://user:pw@shop.example/x",
                "https:///path", "https://shop.example/x#frag", "not a url"}) {
            assertThatThrownBy(() -> Webhook.checkedUrl(wrong)).as(wrong).isInstanceOf(RuleViolation.class);
        }
        assertThat(Webhook.checkedUrl("http://10.0.0.5:8080/desk")).isEqualTo("http://10.0.0.5:8080/desk");
        assertThatThrownBy(() -> new Webhook("https://shop.example", "x", Set.of(), "whsec_x", "adam", NOW))
                .hasMessage("Choose at least one event to send.");
        hook.change("Web shop", EnumSet.of(WebhookEvent.SLA_BREACHED, WebhookEvent.TICKET_CREATED), false);
        assertThat(hook.events()).containsExactly(WebhookEvent.TICKET_CREATED, WebhookEvent.SLA_BREACHED);
        assertThat(hook.subscribes(WebhookEvent.TICKET_CREATED)).as("inactive").isFalse();
    }
}
