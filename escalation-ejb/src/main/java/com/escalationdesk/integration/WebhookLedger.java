package com.escalationdesk.integration;

import com.escalationdesk.shared.DeskSetting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The webhook outbox's bookkeeping, each step in its own short transaction. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookLedger {

    /** What a sender needs, read while the delivery is claimed. */
    public record Claimed(String url, String secret, String messageId, String payload, int attempt, boolean privateAllowed) {
    }

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The delivery for one attempt, or nothing when it is gone, sent, given up or not due; a concurrent claim fails its commit. */
    public Optional<Claimed> claim(long deliveryId) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (delivery == null || !delivery.claim(clock.instant())) {
            return Optional.empty();
        }
        em.flush();
        Webhook hook = delivery.getWebhook();
        return Optional.of(new Claimed(hook.getUrl(), hook.getSecret(), delivery.getMessageId(), delivery.getPayload(),
                delivery.getAttempts(), privateAddressesAllowed(em)));
    }

    /** Whether an admin allowed webhooks to this machine and private networks. */
    static boolean privateAddressesAllowed(EntityManager em) {
        DeskSetting setting = em.find(DeskSetting.class, DeskSetting.WEBHOOKS_TO_PRIVATE_ADDRESSES);
        return setting != null && Boolean.parseBoolean(setting.getValue());
    }

    public void delivered(long deliveryId, int status) {
        em.find(WebhookDelivery.class, deliveryId).delivered(clock.instant(), status);
    }

    /** Records a failed attempt; true when the delivery is now given up. */
    public boolean failed(long deliveryId, Integer status, String error, boolean permanent) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        delivery.failed(clock.instant(), status, error, permanent);
        return delivery.getGaveUpAt() != null;
    }

    /** The deliveries whose attempt is due, oldest first. */
    public List<Long> due(int limit) {
        return em.createNamedQuery(WebhookDelivery.DUE, Long.class).setParameter("now", clock.instant()).setMaxResults(limit)
                .getResultList();
    }
}
