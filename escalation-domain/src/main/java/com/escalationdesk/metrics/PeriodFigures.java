package com.escalationdesk.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the dashboard shows for the tickets resolved in one period, read from their facts:
 * <ul>
 * <li>{@link ResolutionMetrics}: escalation rate, first-contact resolution, one-touch, resolution time;</li>
 * <li>bounce rate: escalations returned / escalations decided (accepted or returned) of these tickets;
 * mean time to accept over the accepted ones;</li>
 * <li>satisfaction (1 to 5) and effort (1 to 7): the mean of the answered surveys, for tickets escalated
 * at least once and for the others apart;</li>
 * <li>exacerbation rate: tickets with at least one exacerbation / resolutions;</li>
 * <li>link rate: tickets with a knowledge article linked / resolutions;</li>
 * <li>service-level breach rate: tickets with at least one breached clock / resolutions;</li>
 * <li>time at each team: the mean calendar time a resolved ticket that passed through the team spent
 * there while active.</li>
 * </ul>
 */
public record PeriodFigures(ResolutionMetrics resolution, Share bounced, Duration meanTimeToAccept,
        BigDecimal satisfactionEscalated, BigDecimal satisfactionNotEscalated, BigDecimal effortEscalated,
        BigDecimal effortNotEscalated, Share exacerbated, Share linked, Share breached, Map<String, Duration> meanTimeAtTeam)
        implements Serializable {

    public static PeriodFigures of(List<TicketFact> facts) {
        List<TicketFact> resolved = facts.stream().filter(f -> f.resolution() != null).toList();
        long returned = resolved.stream().mapToLong(TicketFact::getBounces).sum();
        long accepted = resolved.stream().mapToLong(TicketFact::getAcceptedEscalations).sum();
        long waited = resolved.stream().mapToLong(TicketFact::getAcceptWaitSeconds).sum();
        Predicate<TicketFact> escalated = f -> f.resolution().escalated();
        Map<String, long[]> atTeam = new TreeMap<>();
        resolved.forEach(f -> f.getSecondsAtTeam().forEach((team, seconds) -> {
            long[] sumAndCount = atTeam.computeIfAbsent(team, t -> new long[2]);
            sumAndCount[0] += seconds;
            sumAndCount[1]++;
        }));
        Map<String, Duration> meanAtTeam = new TreeMap<>();
        atTeam.forEach((team, s) -> meanAtTeam.put(team, Duration.ofSeconds(s[0] / s[1])));
        return new PeriodFigures(ResolutionMetrics.of(resolved.stream().map(TicketFact::resolution).toList()),
                new Share(returned, returned + accepted), accepted == 0 ? null : Duration.ofSeconds(waited / accepted),
                mean(resolved, escalated, TicketFact::getSatisfaction), mean(resolved, escalated.negate(), TicketFact::getSatisfaction),
                mean(resolved, escalated, TicketFact::getEffort), mean(resolved, escalated.negate(), TicketFact::getEffort),
                share(resolved, f -> f.getExacerbations() > 0), share(resolved, f -> f.getArticlesLinked() > 0),
                share(resolved, f -> f.getSlaBreaches() > 0), meanAtTeam);
    }

    /** The mean of the answers given, to one decimal (half up); null when nobody answered. */
    private static BigDecimal mean(List<TicketFact> facts, Predicate<TicketFact> which,
            java.util.function.Function<TicketFact, Integer> answer) {
        List<Integer> answers = facts.stream().filter(which).map(answer).filter(Objects::nonNull).toList();
        if (answers.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(answers.stream().mapToLong(Integer::longValue).sum())
                .divide(BigDecimal.valueOf(answers.size()), 1, RoundingMode.HALF_UP);
    }

    private static Share share(List<TicketFact> facts, Predicate<TicketFact> counted) {
        return new Share(facts.stream().filter(counted).count(), facts.size());
    }
}
