package com.escalationdesk.ticket;

import com.escalationdesk.shared.RuleViolation;
import java.io.Serializable;
import java.util.Set;

/**
 * A queue as an agent arranged it: which queue, the words searched for, the filter, and the column it
 * is sorted by (null: the most recently updated first). Saved under a name, it becomes a view the
 * agent opens with one click.
 */
public record QueueViewSpec(String name, QueueScope scope, String words, QueueFilter filter, String sortField,
        boolean ascending) implements Serializable {

    /** The columns a queue sorts by. */
    public static final Set<String> SORT_FIELDS = Set.of("number", "subject", "customer", "priority", "status", "slaDueAt",
            "assignee", "updatedAt");

    public static final int MAX_NAME = 60;
    public static final int MAX_WORDS = 200;

    public QueueViewSpec {
        name = RuleViolation.requireText(name, "The view's name", MAX_NAME);
        scope = RuleViolation.require(scope, "The queue");
        words = words == null || words.isBlank() ? null : words.strip();
        if (words != null && words.length() > MAX_WORDS) {
            throw new RuleViolation("The words searched for must be at most " + MAX_WORDS + " characters.");
        }
        filter = (filter == null ? QueueFilter.NONE : filter).requireFits(scope);
        if (sortField != null && !SORT_FIELDS.contains(sortField)) {
            throw new RuleViolation("A queue cannot be sorted by “" + sortField + "”.");
        }
        ascending = sortField != null && ascending;
    }

    /** The arrangement in words, as the saved views show it: "Team queue · “refund” · P1 · Urgent · unassigned only". */
    public String describe() {
        return (scope == QueueScope.MINE ? "My queue" : "Team queue") + (words == null ? "" : " · “" + words + "”")
                + (filter.isEmpty() ? "" : " · " + filter.describe());
    }
}
