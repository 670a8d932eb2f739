package com.escalationdesk.knowledge;

import java.io.Serializable;
import java.util.List;

/** What waits for the knowledge reviewers: open flags, and usable articles nobody has validated yet. */
public record ReviewQueue(List<ArticleDetails.FlagView> openFlags, List<ArticleSummary> notValidated) implements Serializable {
}
