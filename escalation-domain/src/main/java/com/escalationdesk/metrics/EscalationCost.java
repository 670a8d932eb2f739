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
        String currency = costOfTier.values().stream().map(Money::currency).findFirst().orElse(null);
        BigDecimal handled = BigDecimal.ZERO.setScale(2);
        BigDecimal diverted = BigDecimal.ZERO.setScale(2);
        int escalated = 0;
        Map<String, BigDecimal> byReason = new TreeMap<>();
        Map<String, BigDecimal> byTeam = new TreeMap<>();
        int avoided = 0;
        BigDecimal saved = BigDecimal.ZERO.setScale(2);
        for (TicketFact f : facts) {
            ResolvedTicket r = f.resolution();
            if (r == null) {
                continue;
            }
            if (avoidedByKnowledge.contains(f.getTicketNumber()) && r.functionalEscalations() == 0 && f.getResolvedTier() != null) {
                avoided++;
                saved = saved.add(sum(Set.of(f.getResolvedTier() + 1), costOfTier));
            }
            TreeSet<Integer> tiers = f.tiersHandled(tierOfTeam);
            handled = handled.add(sum(tiers, costOfTier));
            if (r.functionalEscalations() > 0) {
                escalated++;
                Set<Integer> senior = tiers.isEmpty() ? Set.of() : tiers.tailSet(tiers.first(), false);
                BigDecimal cost = sum(senior, costOfTier);
                diverted = diverted.add(cost);
                byReason.merge(reasonLabel(f.getEscalationReason()), cost, BigDecimal::add);
                if (f.getFirstTeam() != null) {
                    byTeam.merge(f.getFirstTeam(), cost, BigDecimal::add);
                }
            }
        }
        return new EscalationCost(currency, handled, diverted, escalated, byReason, byTeam, avoided, saved);
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
