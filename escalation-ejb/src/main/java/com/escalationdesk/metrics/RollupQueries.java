package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the daily rollups, and the resolutions of the days a span cuts, for the dashboard. */
@Stateless
@PermitAll
public class RollupQueries {

    /** Days of rollups read per statement. */
    private static final int MONTH = 31;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /**
     * What the figures of these spans are added up from: the rollups of their days and the resolutions
     * of the days they cut, of the tickets that passed through the teams named (null: the whole desk)
     * and that fall in the cut's category, tier and reason.
     */
    public RollupWindow window(Collection<RollupWindow.Span> spans, Instant now, List<String> teams, DashboardCut cut) {
        RollupWindow window = new RollupWindow(now, spans);
        if (teams != null && teams.isEmpty() || spans.isEmpty()) {
            return window;
        }
        LocalDate[] days = RollupWindow.days(spans, now);
        StringBuilder jpql = new StringBuilder("select r from DailyRollup r where r.day >= :from and r.day <= :to");
        inView(jpql, "r", "teams", teams);
        inCut(jpql, cut);
        // a month at a time, each added up and dropped: a director's two years are hundreds of thousands of rollups
        for (LocalDate from = days[0]; !from.isAfter(days[1]); from = from.plusDays(MONTH)) {
            LocalDate to = from.plusDays(MONTH - 1).isAfter(days[1]) ? days[1] : from.plusDays(MONTH - 1);
            TypedQuery<DailyRollup> rollups = em.createQuery(jpql.toString(), DailyRollup.class)
                    .setParameter("from", from).setParameter("to", to)
                    // nothing read is changed: no copies kept for change tracking
                    .setHint("eclipselink.read-only", "true");
            bindView(rollups, teams, DailyRollup::teamPattern);
            bindCut(rollups, cut);
            rollups.getResultList().forEach(window::add);
        }
        for (LocalDate day : RollupWindow.partDays(spans, now)) {
            StringBuilder facts = new StringBuilder("select f.resolvedMicros, f.rolledUp from TicketFact f where f.resolvedMicros >= :from"
                    + " and f.resolvedMicros < :to and f.rolledUp is not null");
            inView(facts, "f", "teamSeconds", teams);
            TypedQuery<Object[]> query = em.createQuery(facts.toString(), Object[].class)
                    .setParameter("from", AuditEntry.micros(RollupWindow.startOf(day)))
                    .setParameter("to", AuditEntry.micros(RollupWindow.startOf(day.plusDays(1))));
            bindView(query, teams, FactQueries::keyPattern);
            for (Object[] row : query.getResultList()) {
                RollupContribution c = RollupContribution.decode((String) row[1]);
                if (cut.takes(c.category(), null, c.tier(), null, c.reason(), null)) {
                    window.add(new RollupWindow.Resolution(Instant.EPOCH.plus((Long) row[0], ChronoUnit.MICROS), c));
                }
            }
        }
        return window;
    }

    /**
     * Per day from {@code from} to {@code to} (inclusive), the tickets resolved, those escalated and those
     * resolved at first contact, in view and in the cut: all the trend's weeks need.
     */
    public java.util.Map<LocalDate, long[]> dailyCounts(LocalDate from, LocalDate to, List<String> teams, DashboardCut cut) {
        java.util.Map<LocalDate, long[]> counts = new java.util.TreeMap<>();
        if (teams != null && teams.isEmpty()) {
            return counts;
        }
        StringBuilder jpql = new StringBuilder("select r.day, sum(r.resolved), sum(r.escalated), sum(r.firstContact)"
                + " from DailyRollup r where r.day >= :from and r.day <= :to");
        inView(jpql, "r", "teams", teams);
        inCut(jpql, cut);
        jpql.append(" group by r.day");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class).setParameter("from", from).setParameter("to", to);
        bindView(query, teams, DailyRollup::teamPattern);
        bindCut(query, cut);
        query.getResultStream().forEach(row -> counts.put((LocalDate) row[0],
                new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        return counts;
    }

    /**
     * The view's teams: taken in, resolved or handled by one of them ({@code handled} is matched with
     * the patterns {@code at0}, {@code at1}, ...).
     */
    private static void inView(StringBuilder jpql, String alias, String handled, List<String> teams) {
        if (teams != null) {
            jpql.append(" and (").append(alias).append(".firstTeam in :teams or ").append(alias).append(".resolvedTeam in :teams");
            for (int i = 0; i < teams.size(); i++) {
                jpql.append(" or ").append(alias).append('.').append(handled).append(" like :at").append(i).append(" escape '!'");
            }
            jpql.append(')');
        }
    }

    private static void bindView(TypedQuery<?> query, List<String> teams, java.util.function.UnaryOperator<String> pattern) {
        if (teams != null) {
            query.setParameter("teams", teams);
            for (int i = 0; i < teams.size(); i++) {
                query.setParameter("at" + i, pattern.apply(teams.get(i)));
            }
        }
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
