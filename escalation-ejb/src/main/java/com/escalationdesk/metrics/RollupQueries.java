package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.ticket.Category;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the daily rollups, and the resolutions of the days a span cuts, for the dashboard. */
@Stateless
@PermitAll
public class RollupQueries {

    /** Days of rollups read per statement. */
    private static final int MONTH = 31;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private RecentDays recentDays;

    /**
     * What the figures of these spans are added up from: the rollups of their days and the resolutions
     * of the days they cut, of the tickets that passed through the teams named (null: the whole desk)
     * and that fall in the cut's category, tier and reason. The latest {@link RecentDays#MOST_DAYS} days
     * come from this server's copy of them, any earlier ones straight from the database.
     */
    public RollupWindow window(Collection<RollupWindow.Span> spans, Instant now, List<String> teams, DashboardCut cut) {
        RollupWindow window = new RollupWindow(now, spans);
        if (teams != null && teams.isEmpty() || spans.isEmpty()) {
            return window;
        }
        LocalDate[] days = RollupWindow.days(spans, now);
        Set<LocalDate> partDays = RollupWindow.partDays(spans, now);
        LocalDate recent = latest(days[0], days[1].minusDays(RecentDays.MOST_DAYS - 1));
        Set<LocalDate> recentPartDays = new TreeSet<>(partDays.stream().filter(d -> !d.isBefore(recent)).toList());
        Map<LocalDate, RecentDays.Day> read = recentDays(recent, days[1], recentPartDays);
        read.values().forEach(d -> window.add(d.day(), dayTotals(d, teams, cut)));
        for (LocalDate day : recentPartDays) {
            read.get(day).resolutions().stream().filter(r -> r.contribution().inView(teams) && r.contribution().inCut(cut))
                    .forEach(window::add);
        }
        if (days[0].isBefore(recent)) {
            LocalDate last = recent.minusDays(1);
            StringBuilder jpql = new StringBuilder("select r from DailyRollup r where r.day >= :from and r.day <= :to");
            TeamViewClause.append(jpql, "r", "teams", teams);
            inCut(jpql, cut);
            // a month at a time, each added up and dropped: a director's two years are hundreds of thousands of rollups
            for (LocalDate from = days[0]; !from.isAfter(last); from = from.plusDays(MONTH)) {
                LocalDate to = from.plusDays(MONTH - 1).isAfter(last) ? last : from.plusDays(MONTH - 1);
                TypedQuery<DailyRollup> rollups = em.createQuery(jpql.toString(), DailyRollup.class)
                        .setParameter("from", from).setParameter("to", to)
                        // nothing read is changed: no copies kept for change tracking
                        .setHint("eclipselink.read-only", "true");
                TeamViewClause.bind(rollups, teams, DailyRollup::teamPattern);
                bindCut(rollups, cut);
                rollups.getResultList().forEach(window::add);
            }
            for (LocalDate day : partDays) {
                if (day.isBefore(recent)) {
                    resolutions(day, day, teams).stream().filter(r -> r.contribution().inCut(cut)).forEach(window::add);
                }
            }
        }
        return window;
    }

    /** The teams in view (null: the whole desk) and the parts of a cut the rollups are kept by. */
    private record View(List<String> teams, Category category, Integer tier, EscalationReason reason) {
    }

    /** A day's resolutions by agent in a view, as kept per day. */
    private record ByAgent(View view) {
    }

    private static View view(List<String> teams, DashboardCut cut) {
        return new View(teams == null ? null : List.copyOf(teams), cut.category(), cut.tier(), cut.reason());
    }

    /** A kept day's rollups in view and in the cut, added up once per view while the day is kept. */
    private RollupTotals dayTotals(RecentDays.Day day, List<String> teams, DashboardCut cut) {
        return recentDays.worked(day, view(teams, cut), () -> {
            RollupTotals sum = new RollupTotals();
            day.rollups().stream().filter(r -> r.inView(teams) && r.inCut(cut)).forEach(sum::add);
            return sum.settled();
        }, RollupTotals::bytes);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The figures by agent of the tickets resolved in [from, to), in view and in the cut, from this
     * server's copy of the days' resolutions; null when the period is longer than it keeps.
     */
    public Map<String, ResolutionMetrics> byAgent(Instant from, Instant to, Instant now, List<String> teams, DashboardCut cut) {
        Map<String, ResolutionMetrics> byAgent = new TreeMap<>();
        Instant end = to.isAfter(now) ? now : to;
        if (teams != null && teams.isEmpty() || !end.isAfter(from)) {
            return byAgent;
        }
        LocalDate first = RollupWindow.day(from);
        LocalDate last = RollupWindow.day(end.minusNanos(1_000));
        if (ChronoUnit.DAYS.between(first, last) >= RecentDays.MOST_DAYS) {
            return null;
        }
        Set<LocalDate> all = new TreeSet<>(first.datesUntil(last.plusDays(1)).toList());
        Map<String, List<RollupContribution>> resolved = new TreeMap<>();
        ByAgent view = new ByAgent(view(teams, cut));
        for (RecentDays.Day day : recentDays(first, last, all).values()) {
            boolean whole = !RollupWindow.startOf(day.day()).isBefore(from) && !RollupWindow.startOf(day.day().plusDays(1)).isAfter(to);
            // a day the period covers whole is grouped once per view while it is kept; the day it cuts each time
            Map<String, List<RollupContribution>> ofDay = whole
                    ? recentDays.worked(day, view, () -> byAgent(day.resolutions(), null, null, teams, cut),
                            // the lists hold the day's own contributions: a reference each
                            m -> 100L * m.size() + 8L * m.values().stream().mapToInt(List::size).sum())
                    : byAgent(day.resolutions(), from, to, teams, cut);
            ofDay.forEach((agent, contributions) -> resolved.computeIfAbsent(agent, a -> new ArrayList<>()).addAll(contributions));
        }
        resolved.forEach((agent, contributions) -> byAgent.put(agent, ResolutionMetrics.ofContributions(contributions)));
        return byAgent;
    }

    /** The contributions of these resolutions by the agent who resolved them, in view and in the cut, and in [from, to) if given. */
    private static Map<String, List<RollupContribution>> byAgent(List<RollupWindow.Resolution> resolutions, Instant from, Instant to,
            List<String> teams, DashboardCut cut) {
        Map<String, List<RollupContribution>> byAgent = new HashMap<>();
        for (RollupWindow.Resolution r : resolutions) {
            if (r.agent() != null && (from == null || !r.at().isBefore(from) && r.at().isBefore(to)) && r.contribution().inView(teams)
                    && r.contribution().inCut(cut)) {
                byAgent.computeIfAbsent(r.agent(), a -> new ArrayList<>()).add(r.contribution());
            }
        }
        return byAgent;
    }

    /**
     * The days from {@code first} to {@code last} as this server keeps them, each read again from the
     * database if its version changed since, with their resolutions for the days named.
     */
    private Map<LocalDate, RecentDays.Day> recentDays(LocalDate first, LocalDate last, Set<LocalDate> withResolutions) {
        Map<LocalDate, Long> versions = versions(first, last);
        Map<LocalDate, RecentDays.Day> read = new TreeMap<>();
        List<LocalDate> unread = new ArrayList<>();
        List<LocalDate> resolutionsUnread = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            RecentDays.Day kept = recentDays.get(day, versions.getOrDefault(day, RecentDays.NO_VERSION));
            if (kept == null) {
                unread.add(day);
            } else {
                read.put(day, kept);
            }
            if ((kept == null || kept.resolutions() == null) && withResolutions.contains(day)) {
                resolutionsUnread.add(day);
            }
        }
        Map<LocalDate, List<DailyRollup>> rollups = new HashMap<>();
        for (LocalDate[] run : runs(unread)) {
            em.createQuery("select r from DailyRollup r where r.day >= :from and r.day <= :to", DailyRollup.class)
                    .setParameter("from", run[0]).setParameter("to", run[1]).setHint("eclipselink.read-only", "true")
                    .getResultStream().forEach(r -> rollups.computeIfAbsent(r.getDay(), d -> new ArrayList<>()).add(r));
        }
        Map<LocalDate, List<RollupWindow.Resolution>> resolutions = new HashMap<>();
        for (LocalDate[] run : runs(resolutionsUnread)) {
            resolutions(run[0], run[1], null).forEach(r -> resolutions.computeIfAbsent(RollupWindow.day(r.at()), d -> new ArrayList<>()).add(r));
        }
        Set<LocalDate> changed = new TreeSet<>(union(unread, resolutionsUnread));
        // a day the roller changed while it was read may hold more than its version says: used, not kept
        Map<LocalDate, Long> after = changed.isEmpty() ? Map.of() : versions(first, last);
        for (LocalDate day : changed) {
            RecentDays.Day kept = read.get(day);
            long version = versions.getOrDefault(day, RecentDays.NO_VERSION);
            List<RollupWindow.Resolution> dayResolutions = resolutionsUnread.contains(day)
                    ? List.copyOf(resolutions.getOrDefault(day, List.of())) : kept != null ? kept.resolutions() : null;
            // the same version has the same rollups: their sums per view stay good
            RecentDays.Day fresh = kept != null ? new RecentDays.Day(day, version, kept.rollups(), dayResolutions, kept.worked())
                    : new RecentDays.Day(day, version, List.copyOf(rollups.getOrDefault(day, List.of())), dayResolutions);
            if (after.getOrDefault(day, RecentDays.NO_VERSION) == version) {
                recentDays.put(fresh);
            }
            read.put(day, fresh);
        }
        return read;
    }

    private Map<LocalDate, Long> versions(LocalDate first, LocalDate last) {
        Map<LocalDate, Long> versions = new HashMap<>();
        em.createQuery("select d.day, d.version from RollupDay d where d.day >= :first and d.day <= :last", Object[].class)
                .setParameter("first", first).setParameter("last", last).getResultStream()
                .forEach(row -> versions.put((LocalDate) row[0], (Long) row[1]));
        return versions;
    }

    private static Set<LocalDate> union(List<LocalDate> a, List<LocalDate> b) {
        Set<LocalDate> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    /** Days in order as runs of consecutive days, each as its first and last day. */
    private static List<LocalDate[]> runs(List<LocalDate> days) {
        List<LocalDate[]> runs = new ArrayList<>();
        for (LocalDate day : new TreeSet<>(days)) {
            LocalDate[] run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && run[1].plusDays(1).equals(day)) {
                run[1] = day;
            } else {
                runs.add(new LocalDate[] {day, day});
            }
        }
        return runs;
    }

    /** The resolutions of the days from {@code first} to {@code last}, in view, with who resolved them and their contributions. */
    private List<RollupWindow.Resolution> resolutions(LocalDate first, LocalDate last, List<String> teams) {
        StringBuilder jpql = new StringBuilder("select f.resolvedMicros, f.resolvedBy, f.rolledUp from TicketFact f"
                + " where f.resolvedMicros >= :from and f.resolvedMicros < :to and f.rolledUp is not null");
        TeamViewClause.append(jpql, "f", "teamSeconds", teams);
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", AuditEntry.micros(RollupWindow.startOf(first)))
                .setParameter("to", AuditEntry.micros(RollupWindow.startOf(last.plusDays(1))));
        TeamViewClause.bind(query, teams, FactQueries::keyPattern);
        List<RollupWindow.Resolution> resolutions = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            resolutions.add(new RollupWindow.Resolution(Instant.EPOCH.plus((Long) row[0], ChronoUnit.MICROS), (String) row[1],
                    RollupContribution.decode((String) row[2])));
        }
        return resolutions;
    }

    /**
     * Per day from {@code from} to {@code to} (inclusive), the tickets resolved, those escalated and those
     * resolved at first contact, in view and in the cut: all the trend's weeks need.
     */
    public Map<LocalDate, long[]> dailyCounts(LocalDate from, LocalDate to, List<String> teams, DashboardCut cut) {
        Map<LocalDate, long[]> counts = new TreeMap<>();
        if (teams != null && teams.isEmpty()) {
            return counts;
        }
        LocalDate recent = latest(from, to.minusDays(RecentDays.MOST_DAYS - 1));
        recentDays(recent, to, Set.of()).forEach((day, kept) -> {
            long[] sum = dayTotals(kept, teams, cut).counts();
            if (sum[0] > 0) {
                counts.put(day, sum);
            }
        });
        if (from.isBefore(recent)) {
            StringBuilder jpql = new StringBuilder("select r.day, sum(r.resolved), sum(r.escalated), sum(r.firstContact)"
                    + " from DailyRollup r where r.day >= :from and r.day <= :to");
            TeamViewClause.append(jpql, "r", "teams", teams);
            inCut(jpql, cut);
            jpql.append(" group by r.day");
            TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("from", from)
                    .setParameter("to", recent.minusDays(1));
            TeamViewClause.bind(query, teams, DailyRollup::teamPattern);
            bindCut(query, cut);
            query.getResultStream().forEach(row -> counts.put((LocalDate) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        }
        return counts;
    }

    /** The cut's category, tier and reason, on the rollups. */
    private static void inCut(StringBuilder jpql, DashboardCut cut) {
        if (cut.category() != null) {
            jpql.append(" and r.category = :category");
        }
        if (cut.tier() != null) {
            jpql.append(" and r.tier = :tier");
        }
        if (cut.reason() != null) {
            jpql.append(" and r.reason = :reason");
        }
    }

    private static void bindCut(TypedQuery<?> query, DashboardCut cut) {
        if (cut.category() != null) {
            query.setParameter("category", cut.category().name());
        }
        if (cut.tier() != null) {
            query.setParameter("tier", cut.tier());
        }
        if (cut.reason() != null) {
            query.setParameter("reason", cut.reason().name());
        }
    }
}
