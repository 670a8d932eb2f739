package com.escalationdesk.integration;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A URL another system listens on, and the events it is sent: each signed with the webhook's own
 * secret (see {@link WebhookSignature}), which is shown to the admin once, when it is registered.
 */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.ALL, query = "select w from Webhook w order by w.id")
@NamedQuery(name = Webhook.ACTIVE, query = "select w from Webhook w where w.active = true order by w.id")
public class Webhook {

    public static final String ALL = "Webhook.all";
    public static final String ACTIVE = "Webhook.active";
    public static final int MAX_URL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    private Long id;

    @Column(name = "url", nullable = false, length = MAX_URL)
    private String url;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    /** The events' names, comma-separated. */
    @Column(name = "events", nullable = false, length = 500)
    private String events;

    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Webhook() {
        // for JPA
    }

    public Webhook(String url, String description, Set<WebhookEvent> events, String secret, String createdBy, Instant now) {
        this.url = checkedUrl(url);
        this.description = RuleViolation.requireText(description, "The webhook's description", 200);
        this.events = names(events);
        this.secret = RuleViolation.require(secret, "The webhook's secret");
        this.createdBy = RuleViolation.require(createdBy, "Who registers the webhook");
        this.createdAt = now;
    }

    /**
     * An absolute http or https URL with a host and no credentials in it (they would be logged and
     * shown): what a webhook may be sent to, before its host's addresses are checked.
     */
    public static String checkedUrl(String url) {
        String text = RuleViolation.requireText(url, "The webhook's URL", MAX_URL);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RuleViolation("The webhook's URL is not a URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RuleViolation("The webhook's URL must start with https:// (or http://).");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RuleViolation("The webhook's URL must name a host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RuleViolation("The webhook's URL must not carry a user name or password; the signature proves the sender.");
        }
        if (uri.getRawFragment() != null) {
            throw new RuleViolation("The webhook's URL must not have a #fragment.");
        }
        return text;
    }

    private static String names(Set<WebhookEvent> events) {
        if (events == null || events.isEmpty()) {
            throw new RuleViolation("Choose at least one event to send.");
        }
        return EnumSet.copyOf(events).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public void change(String description, Set<WebhookEvent> events, boolean active) {
        this.description = RuleViolation.requireText(description, "The webhook's description", 200);
        this.events = names(events);
        this.active = active;
    }

    public boolean subscribes(WebhookEvent event) {
        return active && events().contains(event);
    }

    public Set<WebhookEvent> events() {
        return Arrays.stream(events.split(",")).filter(s -> !s.isBlank()).map(WebhookEvent::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEvent.class)));
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", url);
        state.put("description", description);
        state.put("events", events().stream().map(WebhookEvent::type).toList());
        state.put("active", active);
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getDescription() {
        return description;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
