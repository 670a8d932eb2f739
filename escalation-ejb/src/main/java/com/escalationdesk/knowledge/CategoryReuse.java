package com.escalationdesk.knowledge;

import com.escalationdesk.ticket.Category;
import java.io.Serializable;

/** The knowledge base's reuse in one category: linked, solved, and escalations avoided. */
public record CategoryReuse(Category category, ArticleSummary.Reuse reuse) implements Serializable {
}
