package com.escalationdesk.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One article in full: its content, its state, the tickets it came from and those that reused it,
 * every version, and the open and answered flags. {@code version} is what an edit must name, so
 * that nobody overwrites a change they have not seen.
 */
public record ArticleDetails(ArticleSummary summary, ArticleContent content, String createdBy, Instant createdAt,
        boolean fromEscalation, List<String> sourceTickets, List<LinkView> links, List<VersionView> versions,
        List<FlagView> flags, long version, boolean mayReview) implements Serializable {

    public record LinkView(String ticketNumber, String ticketSubject, String linkedBy, Instant linkedAt, boolean solved,
            boolean escalationAvoided) implements Serializable {
    }

    public record VersionView(int number, String changedBy, Instant changedAt, String summary, ArticleState state)
            implements Serializable {
    }

    public record FlagView(long id, String articleNumber, String articleTitle, ArticleFlag.Kind kind, String comment,
            String raisedBy, Instant raisedAt, boolean open, String closedBy, Instant closedAt, String answer)
            implements Serializable {

        static FlagView of(ArticleFlag f) {
            return new FlagView(f.getId(), f.getArticle().number(), f.getArticle().getTitle(), f.getKind(), f.getComment(),
                    f.getRaisedBy().getDisplayName(), f.getRaisedAt(), f.isOpen(),
                    f.getClosedBy() == null ? null : f.getClosedBy().getDisplayName(), f.getClosedAt(), f.getAnswer());
        }
    }
}
