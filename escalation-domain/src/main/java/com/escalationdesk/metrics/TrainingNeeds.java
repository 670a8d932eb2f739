package com.escalationdesk.metrics;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Training needs: for each agent and category, the share of the tickets they handled at their tier
 * that they escalated to another team, against the same share of their tier's other agents on the
 * same category. An agent is a clear outlier on a category when they handled at least
 * {@value #MINIMUM} tickets of it, their peers too, their share is at least {@value #POINTS} points
 * above their peers', and the difference would arise by chance less than once in twenty (a
 * two-proportion z-test, z ≥ {@value #Z}).
 */
public record TrainingNeeds(List<Row> rows) implements Serializable {

    public static final int MINIMUM = 5;
    public static final int POINTS = 15;
    public static final double Z = 1.96;

    /**
     * One ticket an agent handled at their tier: resolved it, or escalated it to another team (a
     * ticket they escalated and later resolved counts once, as escalated).
     */
    public record Handled(String agent, int tier, String category, String ticket, boolean escalated) {
    }

    /** An agent's figures on one category beside their peers'. */
    public record Row(String agent, int tier, String category, Share escalated, Share peers, boolean outlier)
            implements Serializable {
    }

    public TrainingNeeds {
        rows = List.copyOf(rows);
    }

    public List<Row> outliers() {
        return rows.stream().filter(Row::outlier).toList();
    }

    public static TrainingNeeds of(List<Handled> handled) {
        // one entry per agent and ticket: escalated wins over resolved
        Map<List<Object>, Handled> perTicket = new HashMap<>();
        handled.forEach(h -> perTicket.merge(List.of(h.agent(), h.ticket()), h, (a, b) -> a.escalated() ? a : b));
        Map<Key, long[]> counts = new HashMap<>();
        perTicket.values().forEach(h -> {
            long[] c = counts.computeIfAbsent(new Key(h.agent(), h.tier(), h.category()), k -> new long[2]);
            c[0] += h.escalated() ? 1 : 0;
            c[1]++;
        });
        Map<List<Object>, long[]> byTierAndCategory = new HashMap<>();
        counts.forEach((k, c) -> {
            long[] sum = byTierAndCategory.computeIfAbsent(List.of(k.tier(), k.category()), x -> new long[2]);
            sum[0] += c[0];
            sum[1] += c[1];
        });
        List<Row> rows = counts.entrySet().stream().map(e -> {
            Key k = e.getKey();
            long[] mine = e.getValue();
            long[] all = byTierAndCategory.get(List.of(k.tier(), k.category()));
            Share own = new Share(mine[0], mine[1]);
            Share peers = new Share(all[0] - mine[0], all[1] - mine[1]);
            return new Row(k.agent(), k.tier(), k.category(), own, peers, clearOutlier(own, peers));
        }).sorted(Comparator.comparing(Row::outlier).reversed().thenComparing(Row::agent).thenComparing(Row::category)).toList();
        return new TrainingNeeds(rows);
    }

    /** Whether an agent's share is clearly above their peers' (see the class comment). */
    public static boolean clearOutlier(Share own, Share peers) {
        if (own.whole() < MINIMUM || peers.whole() < MINIMUM) {
            return false;
        }
        double p1 = (double) own.part() / own.whole();
        double p2 = (double) peers.part() / peers.whole();
        if (p1 - p2 < POINTS / 100.0) {
            return false;
        }
        double pooled = (double) (own.part() + peers.part()) / (own.whole() + peers.whole());
        double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / own.whole() + 1.0 / peers.whole()));
        return error > 0 && (p1 - p2) / error >= Z;
    }

    private record Key(String agent, int tier, String category) {
        Key {
            Objects.requireNonNull(agent);
        }
    }
}
