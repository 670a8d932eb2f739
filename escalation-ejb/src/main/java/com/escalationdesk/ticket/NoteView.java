package com.escalationdesk.ticket;

import java.io.Serializable;
import java.time.Instant;

/** A note as the ticket page shows it; a customer's message carries the customer's name. */
public record NoteView(long id, String author, NoteVisibility visibility, String body, Instant createdAt) implements Serializable {

    static NoteView of(Note n) {
        String author = n.getVisibility() == NoteVisibility.CUSTOMER ? n.getTicket().getCustomer().getName()
                : n.getAuthor().getDisplayName();
        return new NoteView(n.getId(), author, n.getVisibility(), n.getBody(), n.getCreatedAt());
    }

    public boolean internal() {
        return visibility == NoteVisibility.INTERNAL;
    }

    public String direction() {
        return switch (visibility) {
            case INTERNAL -> "internal";
            case PUBLIC -> "to customer";
            case CUSTOMER -> "from customer (status page)";
        };
    }
}
