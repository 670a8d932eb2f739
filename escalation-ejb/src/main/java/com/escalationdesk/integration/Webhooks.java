package com.escalationdesk.integration;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.DeskSetting;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin's webhooks: register a URL for events (its signing secret shown once), change or pause
 * it, see every delivery with its outcome, send one again, and allow or refuse private addresses.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class Webhooks {

    public static final int MAX_LISTED = 500;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<WebhookQueued> queued;

    @Inject
    private Clock clock;

    public List<WebhookRow> all() {
        return em.createNamedQuery(Webhook.ALL, Webhook.class).getResultStream().map(WebhookRow::of).toList();
    }

    /**
     * Registers the URL for the events. A host that is, or resolves to, a private or loopback address
     * is refused unless private addresses are allowed; one that does not resolve yet is taken (each
     * delivery checks again).
     */
    public RegisteredWebhook register(String url, String description, Set<WebhookEvent> events) {
        Agent admin = callers.current();
        String checked = Webhook.checkedUrl(url);
        String refused;
        try {
            refused = WebhookSender.refusal(URI.create(checked).getHost(), WebhookLedger.privateAddressesAllowed(em));
        } catch (UnknownHostException e) {
            refused = null;
        }
        if (refused != null) {
            throw new RuleViolation("Webhooks are not sent there: " + refused + ".");
        }
        String secret = WebhookSignature.newSecret();
        Webhook hook = new Webhook(checked, description, events, secret, admin.getLoginName(), clock.instant());
        em.persist(hook);
        em.flush();
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.WEBHOOK_REGISTERED,
                "Webhook “" + hook.getDescription() + "” registered for " + hook.getUrl(), null, hook.auditState());
        return new RegisteredWebhook(WebhookRow.of(hook), secret);
    }

    /** New words, events or state (paused when not active) for a webhook. */
    public WebhookRow change(long id, String description, Set<WebhookEvent> events, boolean active) {
        Agent admin = callers.current();
        Webhook hook = find(id);
        Map<String, Object> before = hook.auditState();
        hook.change(description, events, active);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.WEBHOOK_CHANGED,
                "Webhook “" + hook.getDescription() + "” changed" + (active ? "" : " and paused"), before, hook.auditState());
        return WebhookRow.of(hook);
    }

    /** The newest deliveries, of one webhook or of all (null), at most {@value #MAX_LISTED}. */
    public List<DeliveryRow> deliveries(Long webhookId, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LISTED));
        return (webhookId == null ? em.createNamedQuery(WebhookDelivery.NEWEST, WebhookDelivery.class)
                : em.createNamedQuery(WebhookDelivery.NEWEST_OF, WebhookDelivery.class).setParameter("webhook", webhookId))
                .setMaxResults(size).getResultStream().map(DeliveryRow::of).toList();
    }

    public DeliveryRow delivery(long id) {
        return DeliveryRow.of(findDelivery(id));
    }

    /** Sends a delivery again now, as it was (the same message id), from a fresh round of attempts. */
    public DeliveryRow redeliver(long deliveryId) {
        Agent admin = callers.current();
        WebhookDelivery delivery = findDelivery(deliveryId);
        if (!delivery.getWebhook().isActive()) {
            throw new RuleViolation("The webhook “" + delivery.getWebhook().getDescription() + "” is paused; resume it first.");
        }
        delivery.redeliver(clock.instant());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.WEBHOOK_REDELIVERED,
                "Webhook delivery " + delivery.getMessageId() + " (" + delivery.getEvent().type() + ") sent again to "
                        + delivery.getWebhook().getUrl(), null, Map.of("delivery", delivery.getMessageId()));
        queued.fire(new WebhookQueued(delivery.getId()));
        return DeliveryRow.of(delivery);
    }

    public boolean privateAddressesAllowed() {
        return WebhookLedger.privateAddressesAllowed(em);
    }

    /** Allows or refuses webhooks to this machine and private networks (a test, or a desk inside a closed network). */
    public void allowPrivateAddresses(boolean allowed) {
        Agent admin = callers.current();
        boolean was = privateAddressesAllowed();
        DeskSetting setting = em.find(DeskSetting.class, DeskSetting.WEBHOOKS_TO_PRIVATE_ADDRESSES);
        Instant now = clock.instant();
        if (setting == null) {
            em.persist(new DeskSetting(DeskSetting.WEBHOOKS_TO_PRIVATE_ADDRESSES, Boolean.toString(allowed), admin.getLoginName(), now));
        } else {
            setting.set(Boolean.toString(allowed), admin.getLoginName(), now);
        }
        if (was != allowed) {
            audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.SETTING_CHANGED,
                    allowed ? "Webhooks to private and loopback addresses allowed" : "Webhooks to private and loopback addresses refused",
                    Map.of("webhooksToPrivateAddresses", was), Map.of("webhooksToPrivateAddresses", allowed));
        }
    }

    private Webhook find(long id) {
        Webhook hook = em.find(Webhook.class, id);
        if (hook == null) {
            throw new NotFound("There is no webhook " + id + ".");
        }
        return hook;
    }

    private WebhookDelivery findDelivery(long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null) {
            throw new NotFound("There is no webhook delivery " + id + ".");
        }
        return delivery;
    }
}
