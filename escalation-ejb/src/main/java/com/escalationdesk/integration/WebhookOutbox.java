package com.escalationdesk.integration;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TicketSnapshot;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes what another system listens for to the webhook outbox, in the transaction of the audited
 * step it tells of: a delivery per webhook that asked for the event, sent after commit ({@link
 * WebhookAfterCommit}) and never if the step rolls back.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebhookOutbox {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** Made once: {@code Json.createReader} looks the JSON provider up on every call. */
    private static final jakarta.json.JsonReaderFactory READERS = Json.createReaderFactory(java.util.Map.of());

    /** What a receiver gets: the Standard Webhooks envelope. */
    public record Payload(String type, Instant timestamp, Data data) {
    }

    /**
     * The step: its ticket as the step left it, who took it, the audit trail's words for it and the
     * state it recorded (the escalation, the decision, the clock).
     */
    public record Data(String ticketNumber, String actor, String summary, TicketSnapshot ticket, JsonObject recorded) {
    }

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private TicketLookup tickets;

    @Inject
    private Event<WebhookQueued> queued;

    public void follow(AuditEntry entry) {
        Optional<WebhookEvent> event = WebhookEvent.of(entry.getAction());
        if (event.isEmpty()) {
            return;
        }
        // a step never changes the webhooks themselves, so its pending changes need not be written out first
        // (that flush would check every object the transaction holds once more before the commit does)
        List<Webhook> listening = em.createNamedQuery(Webhook.ACTIVE, Webhook.class).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().filter(w -> w.subscribes(event.get())).toList();
        if (listening.isEmpty()) {
            return;
        }
        String number = ticketNumber(entry.getChainKey());
        TicketSnapshot ticket = number == null ? null : TicketSnapshot.of(tickets.byNumber(number));
        String payload = JSON.toJson(new Payload(event.get().type(), entry.getOccurredAt(),
                new Data(number, entry.getActor(), entry.getSummary(), ticket, object(entry.getAfterState()))));
        List<Long> written = new ArrayList<>();
        for (Webhook hook : listening) {
            WebhookDelivery delivery = new WebhookDelivery(hook, event.get(), payload, number, entry.getOccurredAt());
            em.persist(delivery); // a sequence id is assigned here, without a flush
            written.add(delivery.getId());
        }
        written.forEach(id -> queued.fire(new WebhookQueued(id)));
    }

    private static JsonObject object(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String ticketNumber(String chainKey) {
        String prefix = AuditEntry.ticketChain("");
        return chainKey.startsWith(prefix) ? chainKey.substring(prefix.length()) : null;
    }
}
