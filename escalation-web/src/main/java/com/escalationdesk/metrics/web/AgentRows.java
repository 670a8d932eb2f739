package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.DurationFigures;
import com.escalationdesk.metrics.ResolutionMetrics;
import com.escalationdesk.metrics.Share;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of the dashboard's table by agent, in the order the reader chose: a director's desk has
 * hundreds of agents, and a page of them reads (and renders) better than all of them at once. The
 * order is a column's key, with a minus before it for the largest first ({@code -resolved}).
 */
public record AgentRows(List<Map.Entry<String, ResolutionMetrics>> rows, int page, int pages, int first, int total, String order) {

    /** Agents on a page. */
    public static final int PAGE = 25;

    /** The columns the table sorts by, each with its key in the address. */
    public enum Column {
        NAME("name", Comparator.comparing(Map.Entry::getKey)),
        RESOLVED("resolved", Comparator.comparingInt(e -> e.getValue().resolved())),
        FIRST_CONTACT("first-contact", byShare(ResolutionMetrics::firstContactResolution)),
        ONE_TOUCH("one-touch", byShare(ResolutionMetrics::oneTouch)),
        ESCALATED("escalated", byShare(ResolutionMetrics::escalated)),
        MEDIAN("median", Comparator.comparing(e -> e.getValue().businessTime(),
                Comparator.comparing(DurationFigures::median, Comparator.nullsFirst(Comparator.<Duration>naturalOrder()))));

        private final String key;
        private final Comparator<Map.Entry<String, ResolutionMetrics>> order;

        Column(String key, Comparator<Map.Entry<String, ResolutionMetrics>> order) {
            this.key = key;
            this.order = order;
        }

        public String key() {
            return key;
        }

        private static Comparator<Map.Entry<String, ResolutionMetrics>> byShare(Function<ResolutionMetrics, Share> share) {
            // by the exact fraction, not the rounded percentage; no percentage of nothing sorts below every percentage
            return (a, b) -> {
                Share x = share.apply(a.getValue());
                Share y = share.apply(b.getValue());
                if (x.whole() == 0 || y.whole() == 0) {
                    return Boolean.compare(x.whole() != 0, y.whole() != 0);
                }
                return Long.compare(x.part() * y.whole(), y.part() * x.whole());
            };
        }
    }

    /** The default order: by name, A first. */
    public static final String BY_NAME = "name";

    /**
     * The page (from 1; one past the last gives the last) of the agents in this order (null or blank:
     * by name); an order no column has is refused with a reason.
     */
    public static AgentRows of(Map<String, ResolutionMetrics> byAgent, String order, int page) {
        String o = order == null || order.isBlank() ? BY_NAME : order.strip().toLowerCase(Locale.ROOT);
        boolean largestFirst = o.startsWith("-");
        Column column = column(largestFirst ? o.substring(1) : o);
        Comparator<Map.Entry<String, ResolutionMetrics>> by = largestFirst ? column.order.reversed() : column.order;
        List<Map.Entry<String, ResolutionMetrics>> sorted = new ArrayList<>(byAgent.entrySet());
        // ties by name, so that pages never share or lose an agent
        sorted.sort(by.thenComparing(Map.Entry::getKey));
        int pages = Math.max(1, (sorted.size() + PAGE - 1) / PAGE);
        int p = Math.min(Math.max(page, 1), pages);
        int first = (p - 1) * PAGE;
        return new AgentRows(List.copyOf(sorted.subList(first, Math.min(sorted.size(), first + PAGE))), p, pages, first,
                sorted.size(), (largestFirst ? "-" : "") + column.key);
    }

    private static Column column(String key) {
        for (Column c : Column.values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("The table by agent sorts by name, resolved, first-contact, one-touch, escalated or median, not by \""
                + key + "\".");
    }

    /**
     * The order a click on a column's heading asks for: the other way round if the table is in that
     * column's order already, else the largest first for a figure and A first for the name.
     */
    public String orderBy(String key) {
        if (order.equals(key)) {
            return "-" + key;
        }
        if (order.equals("-" + key)) {
            return key;
        }
        return key.equals(BY_NAME) ? key : "-" + key;
    }

    /** The arrow beside a column's heading: which way the table is sorted by it, if it is. */
    public String arrow(String key) {
        return order.equals(key) ? "▲" : order.equals("-" + key) ? "▼" : "";
    }

    /** "Agents 26–50 of 500". */
    public String words() {
        return total == 0 ? "No agents" : "Agents " + (first + 1) + "–" + (first + rows.size()) + " of " + total;
    }
}
