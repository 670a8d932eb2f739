package com.escalationdesk.metrics;

import com.escalationdesk.escalation.EscalationKind;
import com.escalationdesk.knowledge.Article;
import com.escalationdesk.ticket.Category;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the training needs are worked out from: who resolved and who escalated which tickets at which tier. */
@Stateless
@PermitAll
public class TrainingQueries {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /**
     * Every ticket an agent handled at their tier in the period: those they resolved there (by the
     * facts) and those they escalated to another team from it (by the escalations asked for).
     */
    public List<TrainingNeeds.Handled> handled(List<TicketFact> resolved, Instant from, Instant to) {
        List<TrainingNeeds.Handled> handled = new ArrayList<>();
        resolved.stream().filter(f -> f.getResolvedBy() != null && f.getResolvedTier() != null && f.getCategory() != null)
                .forEach(f -> handled.add(new TrainingNeeds.Handled(f.getResolvedBy(), f.getResolvedTier(), f.getCategory(),
                        f.getTicketNumber(), false)));
        em.createQuery("select e.requestedBy.loginName, e.fromTeam.tier.level, e.ticket.category, e.ticket.number from Escalation e"
                        + " where e.kind = :functional and e.requestedAt >= :from and e.requestedAt < :to", Object[].class)
                .setParameter("functional", EscalationKind.FUNCTIONAL).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(r -> handled.add(new TrainingNeeds.Handled((String) r[0], ((Number) r[1]).intValue(),
                        ((Category) r[2]).name(), (String) r[3], true)));
        return handled;
    }

    /**
     * The articles that solved the cases the agent's peers (their tier's other agents) resolved in the
     * category without escalating them, most cases first.
     */
    public List<TrainingReport.SuggestedArticle> solvedPeersCases(List<TicketFact> resolved, TrainingNeeds.Row row, int max) {
        List<String> peersCases = resolved.stream()
                .filter(f -> f.resolution() != null && f.resolution().functionalEscalations() == 0
                        && row.category().equals(f.getCategory()) && Integer.valueOf(row.tier()).equals(f.getResolvedTier())
                        && f.getResolvedBy() != null && !row.agent().equals(f.getResolvedBy()))
                .map(TicketFact::getTicketNumber).toList();
        Map<Long, Object[]> byArticle = new HashMap<>();
        // in slices: a database takes only so many parameters in one statement
        for (int i = 0; i < peersCases.size(); i += 1_000) {
            em.createQuery("select a.id, a.text.title, count(l) from ArticleLink l join l.article a where l.solved = true"
                            + " and l.ticket.number in :numbers group by a.id, a.text.title", Object[].class)
                    .setParameter("numbers", peersCases.subList(i, Math.min(peersCases.size(), i + 1_000)))
                    .getResultStream().forEach(r -> byArticle.merge((Long) r[0], new Object[] {r[1], ((Number) r[2]).longValue()},
                            (x, y) -> new Object[] {x[0], (Long) x[1] + (Long) y[1]}));
        }
        List<TrainingReport.SuggestedArticle> articles = byArticle.entrySet().stream()
                .map(e -> new TrainingReport.SuggestedArticle(Article.PREFIX + e.getKey(), (String) e.getValue()[0], (Long) e.getValue()[1]))
                .sorted(Comparator.comparingLong(TrainingReport.SuggestedArticle::solvedCases).reversed()
                        .thenComparing(TrainingReport.SuggestedArticle::number))
                .limit(max).toList();
        return articles;
    }
}
