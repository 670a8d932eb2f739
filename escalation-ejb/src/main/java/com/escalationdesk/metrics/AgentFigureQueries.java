package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.HandoffRating;
import com.escalationdesk.knowledge.Article;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one agent's own page reads: their resolutions and their team's, their escalations, their articles' reuse. */
@Stateless
@PermitAll
public class AgentFigureQueries {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /** The agent's figures for the {@code days} days up to {@code to}. */
    public MyFigures of(Agent agent, int days, Instant to) {
        Instant from = to.minus(Duration.ofDays(days));
        String team = agent.getTeam() == null ? null : agent.getTeam().getName();
        return new MyFigures(agent.getLoginName(), team, days, resolutions("f.resolvedBy", agent.getLoginName(), from, to),
                team == null ? ResolutionMetrics.of(List.of()) : resolutions("f.resolvedTeam", team, from, to),
                MyFigures.Escalations.of(escalations(agent, from, to)), articles(agent));
    }

    private ResolutionMetrics resolutions(String field, String value, Instant from, Instant to) {
        return ResolutionMetrics.of(em.createQuery("select f from TicketFact f where " + field + " = :value"
                        + " and f.resolvedMicros >= :from and f.resolvedMicros < :to", TicketFact.class)
                .setParameter("value", value).setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to))
                .setHint("eclipselink.read-only", "true")
                .getResultStream().map(TicketFact::resolution).filter(r -> r != null).toList());
    }

    private List<MyFigures.Escalation> escalations(Agent agent, Instant from, Instant to) {
        return em.createQuery("select e from Escalation e where e.requestedBy = :agent and e.requestedAt >= :from"
                        + " and e.requestedAt < :to", Escalation.class)
                .setParameter("agent", agent).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(e -> new MyFigures.Escalation(e.getTicket().getNumber(), e.getRequestedAt(),
                        e.getToTeam() == null ? null : e.getToTeam().getName(), e.getState(), rating(e.getHandoffRating())))
                .toList();
    }

    private static MyFigures.Rating rating(HandoffRating r) {
        return r == null ? null : new MyFigures.Rating(r.complete(), r.stepsListed(), r.rightTeam(), r.comment(), r.isPoor());
    }

    /** Counted per article and outcome in the database, added up here: JPQL has no portable sum over a boolean. */
    private List<MyFigures.ArticleReuse> articles(Agent agent) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> titles = new HashMap<>();
        em.createQuery("select l.article.id, l.article.text.title, l.solved, l.escalationAvoided, count(l) from ArticleLink l"
                        + " where l.article.createdBy = :agent group by l.article.id, l.article.text.title, l.solved,"
                        + " l.escalationAvoided", Object[].class)
                .setParameter("agent", agent).getResultStream().forEach(row -> {
                    long id = ((Number) row[0]).longValue();
                    long n = ((Number) row[4]).longValue();
                    titles.put(id, (String) row[1]);
                    long[] c = counts.computeIfAbsent(id, k -> new long[3]);
                    c[0] += n;
                    c[1] += Boolean.TRUE.equals(row[2]) ? n : 0;
                    c[2] += Boolean.TRUE.equals(row[3]) ? n : 0;
                });
        return counts.entrySet().stream()
                .map(e -> new MyFigures.ArticleReuse(Article.PREFIX + e.getKey(), titles.get(e.getKey()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(MyFigures.ArticleReuse::linked).reversed()
                        .thenComparing(MyFigures.ArticleReuse::number))
                .toList();
    }
}
