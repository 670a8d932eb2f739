package com.escalationdesk.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One attempt to deliver one event: claim it, check where it would go, POST it signed (Standard
 * Webhooks headers) outside any transaction, then record the outcome. A 2xx answer within ten
 * seconds delivers it; anything else is tried again later. Redirects are not followed: a receiver
 * could send the desk on to an address it may not call.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    private WebhookLedger ledger;

    @Inject
    private Clock clock;

    @Asynchronous
    public void deliverLater(long deliveryId) {
        deliver(deliveryId);
    }

    /** True when the event was delivered in this attempt. */
    public boolean deliver(long deliveryId) {
        Optional<WebhookLedger.Claimed> claimed;
        try {
            claimed = ledger.claim(deliveryId);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Webhook delivery " + deliveryId + " was claimed by another sender", e);
            return false;
        }
        if (claimed.isEmpty()) {
            return false;
        }
        WebhookLedger.Claimed delivery = claimed.get();
        URI target = URI.create(delivery.url());
        try {
            String refused = refusal(target.getHost(), delivery.privateAllowed());
            if (refused != null) {
                ledger.failed(deliveryId, null, refused, true);
                LOG.warning(() -> "Webhook delivery " + deliveryId + " to " + delivery.url() + " refused: " + refused);
                return false;
            }
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "EscalationDesk-Webhooks/1")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(delivery.secret(), delivery.messageId(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                ledger.delivered(deliveryId, status);
                return true;
            }
            failed(deliveryId, delivery, status, "The receiver answered HTTP " + status);
            return false;
        } catch (UnknownHostException e) {
            failed(deliveryId, delivery, null, "The host " + target.getHost() + " is not known");
        } catch (IOException e) {
            failed(deliveryId, delivery, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(deliveryId, delivery, null, "Interrupted while sending");
        } catch (RuntimeException e) {
            failed(deliveryId, delivery, null, e.toString());
        }
        return false;
    }

    private void failed(long deliveryId, WebhookLedger.Claimed delivery, Integer status, String error) {
        boolean gaveUp = ledger.failed(deliveryId, status, error, false);
        LOG.log(Level.WARNING, () -> (gaveUp ? "Gave up on webhook delivery " : "Could not deliver webhook ") + deliveryId + " to "
                + delivery.url() + " (attempt " + delivery.attempt() + "): " + error + (gaveUp ? "" : "; it will be tried again"));
    }

    /**
     * Why the host may not be called, or null: a name that resolves to this machine or a private
     * network (any of its addresses), unless an admin allowed those.
     */
    static String refusal(String host, boolean privateAllowed) throws UnknownHostException {
        if (privateAllowed) {
            return null;
        }
        InetAddress[] addresses = InetAddress.getAllByName(host);
        return Arrays.stream(addresses).filter(PrivateAddresses::isPrivate).findFirst()
                .map(a -> host + " is a private or loopback address (" + a.getHostAddress()
                        + "); an admin may allow webhooks to private addresses on the Webhooks page")
                .orElse(null);
    }
}
