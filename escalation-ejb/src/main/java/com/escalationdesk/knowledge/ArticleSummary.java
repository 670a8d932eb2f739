package com.escalationdesk.knowledge;

import com.escalationdesk.ticket.Category;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An article as lists and suggestions show it, with how often it was reused and what that achieved. */
public record ArticleSummary(long id, String number, String title, String problem, Category category, Audience audience,
        ArticleState state, List<String> tags, Instant updatedAt, Reuse reuse) implements Serializable {

    /** Linked to tickets, solved them, and solved them at the first tier where the case once needed an escalation. */
    public record Reuse(long linked, long solved, long escalationsAvoided) implements Serializable {
        public static final Reuse NONE = new Reuse(0, 0, 0);
    }

    static ArticleSummary of(Article a, Reuse reuse) {
        String problem = a.content().problem();
        return new ArticleSummary(a.getId(), a.number(), a.getTitle(),
                problem.length() <= 240 ? problem : problem.substring(0, 239) + "…", a.getCategory(), a.getAudience(),
                a.getState(), a.content().tags(), a.getUpdatedAt(), reuse == null ? Reuse.NONE : reuse);
    }
}
