package com.escalationdesk.integration.web;

import com.escalationdesk.integration.DeliveryRow;
import com.escalationdesk.integration.RegisteredWebhook;
import com.escalationdesk.integration.WebhookEvent;
import com.escalationdesk.integration.WebhookRow;
import com.escalationdesk.integration.Webhooks;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The admin's webhooks: register a URL for events (its secret shown once), pause or resume it, read
 * the newest deliveries with their outcome and payload, send one again, and allow private addresses.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DELIVERIES = 100;

    @Inject
    private Webhooks webhooks;

    private List<WebhookRow> rows = List.of();
    private List<DeliveryRow> deliveries = List.of();
    private boolean privateAllowed;
    private String url;
    private String description;
    private List<String> events = new ArrayList<>(Arrays.stream(WebhookEvent.values()).map(Enum::name).toList());
    private Long shownWebhook;
    private DeliveryRow opened;
    // transient: the secret stays in this server's memory for the page, never in a shared or stored session
    private transient RegisteredWebhook registered;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            rows = webhooks.all();
            deliveries = webhooks.deliveries(shownWebhook, DELIVERIES);
            privateAllowed = webhooks.privateAddressesAllowed();
        });
    }

    public void register() {
        RegisteredWebhook[] made = new RegisteredWebhook[1];
        if (FacesActions.attempt(() -> made[0] = webhooks.register(url, description, chosen()))) {
            registered = made[0];
            url = null;
            description = null;
            FacesActions.info("Webhook “" + registered.webhook().description() + "” registered. Copy its signing secret now:"
                    + " it is not shown again.");
            load();
        }
    }

    private EnumSet<WebhookEvent> chosen() {
        EnumSet<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        events.forEach(e -> set.add(WebhookEvent.valueOf(e)));
        return set;
    }

    /** Pauses a running webhook or resumes a paused one, with its events as they are. */
    public void toggle(WebhookRow row) {
        EnumSet<WebhookEvent> kept = EnumSet.noneOf(WebhookEvent.class);
        row.events().forEach(type -> WebhookEvent.named(type).ifPresent(kept::add));
        if (FacesActions.attempt(() -> webhooks.change(row.id(), row.description(), kept, !row.active()))) {
            FacesActions.info("Webhook “" + row.description() + "” " + (row.active() ? "paused: nothing more is sent to it."
                    : "resumed."));
            load();
        }
    }

    public void redeliver(long deliveryId) {
        if (FacesActions.attempt(() -> webhooks.redeliver(deliveryId))) {
            FacesActions.info("The delivery is being sent again, with the same message id.");
            load();
        }
    }

    public void savePrivateAllowed() {
        boolean allowed = privateAllowed;
        if (FacesActions.attempt(() -> webhooks.allowPrivateAddresses(allowed))) {
            FacesActions.info(allowed ? "Webhooks may now go to private and loopback addresses."
                    : "Webhooks to private and loopback addresses are refused.");
            load();
        }
    }

    public void show(Long webhookId) {
        shownWebhook = webhookId;
        opened = null;
        load();
    }

    public void open(long deliveryId) {
        FacesActions.attempt(() -> opened = webhooks.delivery(deliveryId));
    }

    public List<WebhookEvent> getEventChoices() {
        return List.of(WebhookEvent.values());
    }

    public List<WebhookRow> getRows() {
        return rows;
    }

    public List<DeliveryRow> getDeliveries() {
        return deliveries;
    }

    public RegisteredWebhook getRegistered() {
        return registered;
    }

    public DeliveryRow getOpened() {
        return opened;
    }

    public Long getShownWebhook() {
        return shownWebhook;
    }

    public boolean isPrivateAllowed() {
        return privateAllowed;
    }

    public void setPrivateAllowed(boolean privateAllowed) {
        this.privateAllowed = privateAllowed;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : new ArrayList<>(events);
    }
}
