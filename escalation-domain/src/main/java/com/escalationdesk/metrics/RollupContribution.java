package com.escalationdesk.metrics;

import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one resolved ticket adds to its day's rollup: the rollup's key (the UTC day it was resolved,
 * the teams it passed through, the tier that resolved it, its category and first escalation reason)
 * and every figure of {@link PeriodFigures}, {@link TierFunnel}, {@link EscalationCost} and the
 * service levels, for one ticket. A fact keeps the contribution last added, so that a changed fact
 * takes exactly that back out of its rollup before it adds its new one.
 *
 * @param day the UTC day of the resolution
 * @param secondsAtTeam seconds active at each team it spent time at (the teams that handled it)
 * @param tier the tier of the team that resolved it, as recorded; null when not recorded
 * @param calendarMicros creation to resolution, in microseconds
 * @param avoided resolved without a functional escalation, at a recorded tier, with an article
 *        linked that avoided an escalation through knowledge
 * @param slaMet per kind, the ticket's clocks that ended met
 * @param slaEnded per kind, the ticket's clocks that ended met or missed
 */
public record RollupContribution(LocalDate day, String firstTeam, String resolvedTeam, Map<String, Long> secondsAtTeam,
        Integer tier, String category, String reason, boolean functional, boolean hierarchical, boolean firstContact,
        boolean oneTouch, long calendarMicros, long businessSeconds, int bounces, int accepted, long acceptWaitSeconds,
        Integer satisfaction, Integer effort, boolean exacerbated, boolean linked, boolean breached, boolean avoided,
        Map<SlaKind, Integer> slaMet, Map<SlaKind, Integer> slaEnded) {

    public RollupContribution {
        Objects.requireNonNull(day, "day");
        secondsAtTeam = Map.copyOf(secondsAtTeam);
        slaMet = Map.copyOf(slaMet);
        slaEnded = Map.copyOf(slaEnded);
    }

    /**
     * The contribution of a fact, with its stopped clocks and whether an article linked to it avoided
     * an escalation; null while the ticket is not resolved (or was merged into another).
     */
    public static RollupContribution of(TicketFact fact, Collection<ServiceLevelCompliance.EndedClock> clocks,
            boolean avoidedThroughKnowledge) {
        ResolvedTicket r = fact.resolution();
        if (r == null) {
            return null;
        }
        Map<SlaKind, Integer> met = new EnumMap<>(SlaKind.class);
        Map<SlaKind, Integer> ended = new EnumMap<>(SlaKind.class);
        for (ServiceLevelCompliance.EndedClock c : clocks) {
            if (c.status() == SlaStatus.MET || c.status() == SlaStatus.MISSED) {
                ended.merge(c.kind(), 1, Integer::sum);
                if (c.status() == SlaStatus.MET) {
                    met.merge(c.kind(), 1, Integer::sum);
                }
            }
        }
        return new RollupContribution(LocalDate.ofInstant(r.resolvedAt(), ZoneOffset.UTC), fact.getFirstTeam(),
                fact.getResolvedTeam(), fact.getSecondsAtTeam(), fact.getResolvedTier(), fact.getCategory(),
                fact.getEscalationReason(), r.functionalEscalations() > 0, r.hierarchicalEscalations() > 0,
                r.firstContactResolution(), r.oneTouch(), ChronoUnit.MICROS.between(r.createdAt(), r.resolvedAt()),
                r.businessTime().toSeconds(), fact.getBounces(), fact.getAcceptedEscalations(), fact.getAcceptWaitSeconds(),
                fact.getSatisfaction(), fact.getEffort(), fact.getExacerbations() > 0, fact.getArticlesLinked() > 0,
                fact.getSlaBreaches() > 0, avoidedThroughKnowledge && r.functionalEscalations() == 0 && fact.getResolvedTier() != null,
                met, ended);
    }

    public boolean escalated() {
        return functional || hierarchical;
    }

    /** Whether the ticket is in a view of these teams (null: the whole desk). */
    public boolean inView(Collection<String> teams) {
        return TeamView.holds(teams, firstTeam, resolvedTeam, secondsAtTeam.keySet());
    }

    /** Whether the ticket falls in the cut's category, tier and reason (what its rollup is kept by). */
    public boolean inCut(DashboardCut cut) {
        return cut.takes(category, null, tier, null, reason, null);
    }

    /** The contribution as the flat JSON a fact keeps. */
    public String encode() {
        Map<String, Object> m = new TreeMap<>();
        m.put("day", day.toString());
        m.put("firstTeam", firstTeam);
        m.put("resolvedTeam", resolvedTeam);
        m.put("tier", tier);
        m.put("category", category);
        m.put("reason", reason);
        m.put("functional", functional);
        m.put("hierarchical", hierarchical);
        m.put("firstContact", firstContact);
        m.put("oneTouch", oneTouch);
        m.put("calendarMicros", calendarMicros);
        m.put("businessSeconds", businessSeconds);
        m.put("bounces", bounces);
        m.put("accepted", accepted);
        m.put("acceptWaitSeconds", acceptWaitSeconds);
        m.put("satisfaction", satisfaction);
        m.put("effort", effort);
        m.put("exacerbated", exacerbated);
        m.put("linked", linked);
        m.put("breached", breached);
        m.put("avoided", avoided);
        secondsAtTeam.forEach((team, seconds) -> m.put("team:" + team, seconds));
        slaMet.forEach((kind, n) -> m.put("met:" + kind.name(), n));
        slaEnded.forEach((kind, n) -> m.put("ended:" + kind.name(), n));
        return CanonicalJson.of(m);
    }

    /** A contribution written by {@link #encode}; null for none. */
    public static RollupContribution decode(String json) {
        if (json == null) {
            return null;
        }
        Map<String, String> m = CanonicalJson.read(json);
        Map<String, Long> teams = new LinkedHashMap<>();
        Map<SlaKind, Integer> met = new EnumMap<>(SlaKind.class);
        Map<SlaKind, Integer> ended = new EnumMap<>(SlaKind.class);
        m.forEach((key, value) -> {
            if (key.startsWith("team:")) {
                teams.put(key.substring("team:".length()), Long.valueOf(value));
            } else if (key.startsWith("met:")) {
                met.put(SlaKind.valueOf(key.substring("met:".length())), Integer.valueOf(value));
            } else if (key.startsWith("ended:")) {
                ended.put(SlaKind.valueOf(key.substring("ended:".length())), Integer.valueOf(value));
            }
        });
        return new RollupContribution(LocalDate.parse(m.get("day")), m.get("firstTeam"), m.get("resolvedTeam"), teams,
                integer(m.get("tier")), m.get("category"), m.get("reason"), Boolean.parseBoolean(m.get("functional")),
                Boolean.parseBoolean(m.get("hierarchical")), Boolean.parseBoolean(m.get("firstContact")),
                Boolean.parseBoolean(m.get("oneTouch")), Long.parseLong(m.get("calendarMicros")),
                Long.parseLong(m.get("businessSeconds")), Integer.parseInt(m.get("bounces")), Integer.parseInt(m.get("accepted")),
                Long.parseLong(m.get("acceptWaitSeconds")), integer(m.get("satisfaction")), integer(m.get("effort")),
                Boolean.parseBoolean(m.get("exacerbated")), Boolean.parseBoolean(m.get("linked")),
                Boolean.parseBoolean(m.get("breached")), Boolean.parseBoolean(m.get("avoided")), met, ended);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
