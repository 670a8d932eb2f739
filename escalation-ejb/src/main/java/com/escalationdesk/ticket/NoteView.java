package com.escalationdesk.ticket;

import java.time.Instant;

/** A note as the ticket page shows it. */
public record NoteView(String author, NoteVisibility visibility, String body, Instant createdAt) {

    static NoteView of(Note n) {
        return new NoteView(n.getAuthor().getDisplayName(), n.getVisibility(), n.getBody(), n.getCreatedAt());
    }

    public boolean internal() {
        return visibility == NoteVisibility.INTERNAL;
    }
}
