package com.escalationdesk.finder;

import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A search of the finder: free text ranked by relevance, and filters that only narrow. Empty sets
 * and nulls filter nothing. Each range is from inclusive, to exclusive. Without text the newest
 * change comes first.
 *
 * @param numbers only these tickets (the ones behind a dashboard figure); null: no such limit
 * @param customerId only this customer's tickets; null: anyone's
 */
public record TicketSearch(String text, Set<TicketStatus> statuses, Long teamId, Integer tier, Priority priority,
        Category category, Set<FinderFlag> flags, Instant createdFrom, Instant createdTo, Instant resolvedFrom,
        Instant resolvedTo, Order order, Set<String> numbers, Long customerId, Instant updatedFrom, Instant updatedTo)
        implements Serializable {

    public static final int MAX_TEXT = 500;

    /** How the hits are listed. */
    public enum Order {
        RELEVANCE, NEWEST_CHANGE, NEWEST_CREATED
    }

    public TicketSearch {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(TicketStatus.class) : EnumSet.copyOf(statuses);
        flags = flags == null || flags.isEmpty() ? EnumSet.noneOf(FinderFlag.class) : EnumSet.copyOf(flags);
        if (order == null || order == Order.RELEVANCE && text.isEmpty()) {
            order = text.isEmpty() ? Order.NEWEST_CHANGE : Order.RELEVANCE;
        }
        numbers = numbers == null ? null : Set.copyOf(numbers);
    }

    public TicketSearch(String text, Set<TicketStatus> statuses, Long teamId, Integer tier, Priority priority, Category category,
            Set<FinderFlag> flags, Instant createdFrom, Instant createdTo, Instant resolvedFrom, Instant resolvedTo, Order order) {
        this(text, statuses, teamId, tier, priority, category, flags, createdFrom, createdTo, resolvedFrom, resolvedTo, order, null);
    }

    public TicketSearch(String text, Set<TicketStatus> statuses, Long teamId, Integer tier, Priority priority, Category category,
            Set<FinderFlag> flags, Instant createdFrom, Instant createdTo, Instant resolvedFrom, Instant resolvedTo, Order order,
            Set<String> numbers) {
        this(text, statuses, teamId, tier, priority, category, flags, createdFrom, createdTo, resolvedFrom, resolvedTo, order,
                numbers, null, null, null);
    }

    /** The same search, among this customer's tickets only. */
    public TicketSearch forCustomer(Long customer) {
        return new TicketSearch(text, statuses, teamId, tier, priority, category, flags, createdFrom, createdTo, resolvedFrom,
                resolvedTo, order, numbers, customer, updatedFrom, updatedTo);
    }

    /** The same search, among the tickets last changed from {@code from} (inclusive) to {@code to} (exclusive). */
    public TicketSearch updatedBetween(Instant from, Instant to) {
        return new TicketSearch(text, statuses, teamId, tier, priority, category, flags, createdFrom, createdTo, resolvedFrom,
                resolvedTo, order, numbers, customerId, from, to);
    }

    /** The same search, among these tickets only. */
    public TicketSearch among(Set<String> only) {
        return new TicketSearch(text, statuses, teamId, tier, priority, category, flags, createdFrom, createdTo, resolvedFrom,
                resolvedTo, order, only, customerId, updatedFrom, updatedTo);
    }

    public static TicketSearch forText(String text) {
        return new TicketSearch(text, null, null, null, null, null, null, null, null, null, null, null);
    }

    public TicketSearch withStatuses(Set<TicketStatus> only) {
        return new TicketSearch(text, only, teamId, tier, priority, category, flags, createdFrom, createdTo, resolvedFrom,
                resolvedTo, order, numbers, customerId, updatedFrom, updatedTo);
    }

    public TicketSearch withFlags(Set<FinderFlag> only) {
        return new TicketSearch(text, statuses, teamId, tier, priority, category, only, createdFrom, createdTo, resolvedFrom,
                resolvedTo, order, numbers, customerId, updatedFrom, updatedTo);
    }
}
