package com.escalationdesk.knowledge;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.knowledge.DemoArticles.DemoArticle;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays the demo desk's knowledge base down: the articles of {@code demo-articles.txt}, written by
 * the specialists of each category, validated where the file says so by a reviewer, with the demo
 * tickets they came from, each step audited as it would have been.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DemoKnowledge {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private KnowledgeChanges changes;

    @Inject
    private AuditTrail audit;

    /**
     * @param authors  who writes the articles of each category
     * @param reviewer who validates them (holds the knowledge-reviewer right)
     * @param sources  demo tickets by the key of the article that came from them (or met it again)
     * @param sourcesAt when those tickets were added to their articles
     */
    public int load(Map<Category, Agent> authors, Map<Category, Agent> reviewers, Map<String, Ticket> sources, Instant start,
            Instant sourcesAt) {
        List<DemoArticle> demo = DemoArticles.load();
        Instant at = start;
        for (DemoArticle d : demo) {
            at = at.plus(Duration.ofMinutes(47));
            Agent author = authors.get(d.content().category());
            Article a = new Article(d.content(), author, changes.next(), at);
            em.persist(a);
            audit.recordAt(Knowledge.chain(a), author.getLoginName(), AuditAction.ARTICLE_CREATED, a.number() + " “"
                    + a.getTitle() + "” created as " + a.getState().label().toLowerCase(Locale.ROOT), null,
                    a.auditState(), at);
            if (d.state() != a.getState()) {
                Agent reviewer = reviewers.get(d.content().category());
                Instant reviewedAt = at.plus(Duration.ofHours(20));
                var before = a.auditState();
                String summary = a.moveTo(d.state(), reviewer, reviewer.reviewsKnowledge(), "Checked against live cases",
                        changes.next(), reviewedAt);
                audit.recordAt(Knowledge.chain(a), reviewer.getLoginName(), AuditAction.ARTICLE_STATE_CHANGED,
                        a.number() + ": " + summary, before, a.auditState(), reviewedAt);
            }
            Ticket source = sources.get(d.key());
            if (source != null) {
                // the case that taught the article again: recorded once the ticket had run its course
                var before = a.auditState();
                a.addSource(source.getNumber(), !source.getEscalations().isEmpty(), changes.next(), sourcesAt);
                audit.recordAt(Knowledge.chain(a), author.getLoginName(), AuditAction.ARTICLE_CHANGED, a.number()
                        + ": source ticket " + source.getNumber() + " added", before, a.auditState(), sourcesAt);
            }
        }
        return demo.size();
    }
}
