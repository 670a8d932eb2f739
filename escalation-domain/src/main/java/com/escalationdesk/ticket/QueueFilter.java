package com.escalationdesk.ticket;

import com.escalationdesk.shared.RuleViolation;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a queue shows beyond its scope and words: only some priorities, only some of the active
 * statuses, only the tickets nobody has taken yet. Empty sets mean any.
 */
public record QueueFilter(Set<Priority> priorities, Set<TicketStatus> statuses, boolean unassignedOnly) implements Serializable {

    public static final QueueFilter NONE = new QueueFilter(Set.of(), Set.of(), false);

    public QueueFilter {
        priorities = priorities == null || priorities.isEmpty() ? Set.of() : Set.copyOf(priorities);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        List<String> closed = statuses.stream().filter(s -> !s.isActive()).sorted().map(TicketStatus::label).toList();
        if (!closed.isEmpty()) {
            throw new RuleViolation("A queue holds the tickets still being worked; " + String.join(" and ", closed)
                    + " ones are found under Find tickets.");
        }
    }

    /** The statuses a queue may be narrowed to: those in which somebody still has work to do. */
    public static List<TicketStatus> activeStatuses() {
        return Arrays.stream(TicketStatus.values()).filter(TicketStatus::isActive).toList();
    }

    /** Refuses a filter that cannot fit the queue: one's own queue holds only tickets assigned to oneself. */
    public QueueFilter requireFits(QueueScope scope) {
        if (unassignedOnly && scope == QueueScope.MINE) {
            throw new RuleViolation("Your own queue holds only tickets assigned to you; “Unassigned only” fits the team queue.");
        }
        return this;
    }

    public boolean isEmpty() {
        return priorities.isEmpty() && statuses.isEmpty() && !unassignedOnly;
    }

    /** The filter in words, as a saved view's list shows it: "Urgent, High · Open · unassigned only". */
    public String describe() {
        return Arrays.stream(new String[] {labels(priorities, Priority::label), labels(statuses, TicketStatus::label),
                unassignedOnly ? "unassigned only" : ""}).filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
    }

    private static <E extends Enum<E>> String labels(Set<E> values, Function<E, String> label) {
        return values.stream().sorted().map(label).collect(Collectors.joining(", "));
    }

    /** The set as stored: names in declaration order, comma-separated; null when empty. */
    static <E extends Enum<E>> String stored(Set<E> values) {
        return values.isEmpty() ? null : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parsed(String stored, Class<E> type) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        Collection<E> values = Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name.strip())).toList();
        return EnumSet.copyOf(values);
    }
}
