package com.escalationdesk.knowledge;

import java.io.Serializable;
import java.util.List;

/** The ticket page's view of the knowledge base: the articles linked to the ticket, and the suggestions not linked yet. */
public record TicketKnowledge(List<ArticleSummary> linked, List<ArticleSummary> suggestions) implements Serializable {

    public static final TicketKnowledge NONE = new TicketKnowledge(List.of(), List.of());

    public TicketKnowledge {
        linked = List.copyOf(linked);
        suggestions = List.copyOf(suggestions);
    }
}
