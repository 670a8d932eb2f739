package com.escalationdesk.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The funnel Tier 1 → 2 → 3 of the tickets resolved in a period: how many reached each tier (were
 * handled there or higher), as a share of all of them and of those that reached the tier before.
 * A ticket taken in at Tier 2 reached Tier 1's step too: the funnel counts how far up tickets went.
 */
public record TierFunnel(List<Step> steps) implements Serializable {

    /** The tickets that reached {@code tier} or higher. */
    public record Step(int tier, long reached, Share ofAll, Share ofStepBefore) implements Serializable {
    }

    public TierFunnel {
        steps = List.copyOf(steps);
    }

    /** Steps for Tier 1 up to the highest of {@code tiers} (at least 3, the desk's usual tiers). */
    public static TierFunnel of(List<TicketFact> resolved, Map<String, Integer> tierOfTeam, int tiers) {
        Map<Integer, Long> byHighest = new java.util.TreeMap<>();
        resolved.stream().filter(f -> f.resolution() != null).forEach(f -> byHighest.merge(highest(f, tierOfTeam), 1L, Long::sum));
        return ofHighest(byHighest, tiers);
    }

    /** The funnel of tickets counted by the highest tier each was handled at. */
    public static TierFunnel ofHighest(Map<Integer, Long> ticketsByHighestTier, int tiers) {
        long all = ticketsByHighestTier.values().stream().mapToLong(Long::longValue).sum();
        List<Step> steps = new ArrayList<>();
        long before = all;
        for (int tier = 1; tier <= Math.max(3, tiers); tier++) {
            int t = tier;
            long reached = ticketsByHighestTier.entrySet().stream().filter(e -> e.getKey() >= t).mapToLong(Map.Entry::getValue).sum();
            steps.add(new Step(tier, reached, new Share(reached, all), new Share(reached, before)));
            before = reached;
        }
        return new TierFunnel(steps);
    }

    /** Whether a ticket reached {@code tier} or higher. */
    public static boolean reached(TicketFact fact, Map<String, Integer> tierOfTeam, int tier) {
        return highest(fact, tierOfTeam) >= tier;
    }

    private static int highest(TicketFact fact, Map<String, Integer> tierOfTeam) {
        return fact.tiersHandled(tierOfTeam).stream().reduce(1, Math::max);
    }
}
