package com.escalationdesk.knowledge;

import com.escalationdesk.ticket.Category;
import java.util.EnumSet;
import java.util.Set;

/**
 * A search of the knowledge base: free text ranked by relevance, and filters that only narrow.
 * {@code preferredCategory} raises articles of the ticket's category without hiding the others, as a
 * first-tier agent often picks the category before knowing the cause.
 */
public record KnowledgeQuery(String text, Set<ArticleState> states, Audience audience, Category category,
        String tag, Category preferredCategory, int limit) {

    public static final int MAX_TEXT = 10_000;

    public KnowledgeQuery {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        states = states == null || states.isEmpty() ? EnumSet.allOf(ArticleState.class) : EnumSet.copyOf(states);
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        limit = Math.max(1, Math.min(limit, 500));
    }

    /** The five most relevant usable articles for a ticket, for the staff who decide whether to escalate. */
    public static KnowledgeQuery suggestionsFor(String subject, String description, Category category) {
        return new KnowledgeQuery(join(subject, description), EnumSet.of(ArticleState.VALIDATED, ArticleState.NOT_VALIDATED),
                null, null, null, category, 5);
    }

    /** What a customer may read about their case: validated articles written for customers. */
    public static KnowledgeQuery forCustomers(String text, int limit) {
        return new KnowledgeQuery(text, EnumSet.of(ArticleState.VALIDATED), Audience.CUSTOMERS, null, null, null, limit);
    }

    private static String join(String subject, String description) {
        return (subject == null ? "" : subject) + "\n" + (description == null ? "" : description);
    }
}
