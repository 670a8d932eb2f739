package com.escalationdesk.metrics;

import com.escalationdesk.approval.Money;
import com.escalationdesk.escalation.EscalationReason;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the tickets resolved in a period cost to handle, and what their escalations diverted to senior
 * staff, priced with the cost of a handled ticket at each tier:
 * <ul>
 * <li>a ticket costs the sum of the costs of the tiers it was handled at (the tiers of the teams it
 * spent time at, and the tier that resolved it), each tier once;</li>
 * <li>an escalation to another team diverts the costs of the tiers above the first that the ticket
 * was handled at: senior time it took, returned or not; by the reason of its first escalation and by
 * the team that took it in;</li>
 * <li>an escalation avoided through knowledge (resolved at a tier, never escalated, with a linked
 * article that came from an escalated case) saves what an escalation from that tier would have
 * diverted: the cost of a handled ticket at the tier above.</li>
 * </ul>
 * A manager's approval is not priced. Teams no longer known (renamed since) are left out.
 *
 * @param currency the tiers' currency; null when no tier has a cost
 * @param avoidedByKnowledge the tickets resolved with an escalation avoided through knowledge
 * @param savedByKnowledge what those escalations would have diverted
 */
public record EscalationCost(String currency, BigDecimal handled, BigDecimal diverted, int escalated,
        Map<String, BigDecimal> divertedByReason, Map<String, BigDecimal> divertedByTeam, int avoidedByKnowledge,
        BigDecimal savedByKnowledge) implements Serializable {

    /**
     * The cost of the resolved tickets among {@code facts}.
     *
     * @param avoidedByKnowledge the numbers of the tickets whose resolution avoided an escalation through knowledge
     */
    public static EscalationCost of(List<TicketFact> facts, Map<String, Integer> tierOfTeam, Map<Integer, Money> costOfTier,
            Set<String> avoidedByKnowledge) {
        Builder cost = new Builder(costOfTier);
        for (TicketFact f : facts) {
            ResolvedTicket r = f.resolution();
            if (r == null) {
                continue;
            }
            boolean avoided = avoidedByKnowledge.contains(f.getTicketNumber()) && r.functionalEscalations() == 0
                    && f.getResolvedTier() != null;
            cost.add(f.tiersHandled(tierOfTeam), f.getResolvedTier(), f.getEscalationReason(), f.getFirstTeam(), 1,
                    r.functionalEscalations() > 0 ? 1 : 0, avoided ? 1 : 0);
        }
        return cost.build();
    }

    /** Adds up the cost of resolved tickets, a group of alike tickets at a time (one ticket, or a rollup's). */
    public static final class Builder {

        private final Map<Integer, Money> costOfTier;
        private final String currency;
        private BigDecimal handled = BigDecimal.ZERO.setScale(2);
        private BigDecimal diverted = BigDecimal.ZERO.setScale(2);
        private long escalated;
        private final Map<String, BigDecimal> byReason = new TreeMap<>();
        private final Map<String, BigDecimal> byTeam = new TreeMap<>();
        private long avoided;
        private BigDecimal saved = BigDecimal.ZERO.setScale(2);

        public Builder(Map<Integer, Money> costOfTier) {
            this.costOfTier = costOfTier;
            this.currency = costOfTier.values().stream().map(Money::currency).findFirst().orElse(null);
        }

        /**
         * Adds {@code resolved} tickets handled at these tiers, resolved at {@code resolvedTier}, taken in by
         * {@code firstTeam}, of which {@code escalatedFunctionally} went to another team (first for
         * {@code reason}) and {@code avoidedByKnowledge} avoided an escalation through knowledge.
         */
        public void add(TreeSet<Integer> tiers, Integer resolvedTier, String reason, String firstTeam, long resolved,
                long escalatedFunctionally, long avoidedByKnowledge) {
            if (avoidedByKnowledge > 0) {
                avoided += avoidedByKnowledge;
                saved = saved.add(sum(Set.of(resolvedTier + 1), costOfTier).multiply(BigDecimal.valueOf(avoidedByKnowledge)));
            }
            handled = handled.add(sum(tiers, costOfTier).multiply(BigDecimal.valueOf(resolved)));
            if (escalatedFunctionally > 0) {
                escalated += escalatedFunctionally;
                Set<Integer> senior = tiers.isEmpty() ? Set.of() : tiers.tailSet(tiers.first(), false);
                BigDecimal cost = sum(senior, costOfTier).multiply(BigDecimal.valueOf(escalatedFunctionally));
                diverted = diverted.add(cost);
                byReason.merge(reasonLabel(reason), cost, BigDecimal::add);
                if (firstTeam != null) {
                    byTeam.merge(firstTeam, cost, BigDecimal::add);
                }
            }
        }

        public EscalationCost build() {
            return new EscalationCost(currency, handled, diverted, (int) escalated, byReason, byTeam, (int) avoided, saved);
        }
    }

    private static BigDecimal sum(Set<Integer> tiers, Map<Integer, Money> costOfTier) {
        return tiers.stream().map(costOfTier::get).filter(m -> m != null).map(Money::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static String reasonLabel(String reason) {
        if (reason == null) {
            return "Not recorded";
        }
        try {
            return EscalationReason.valueOf(reason).label();
        } catch (IllegalArgumentException e) {
            return reason;
        }
    }

    /** "1,234.00 EUR". */
    public String money(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount) + (currency == null ? "" : " " + currency);
    }
}
