package com.escalationdesk.knowledge;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The knowledge base (KCS): searching and suggesting, capturing an article while solving, keeping
 * its versions and states, reusing it on tickets, and flagging it when it is wrong. Any agent
 * writes; validating, archiving, restoring and answering flags take the knowledge-reviewer right.
 * Every change is audited in the article's own chain; a link is audited in the ticket's.
 */
@Stateless
@Boundary
public class Knowledge {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private KnowledgeSearch search;

    @Inject
    private KnowledgeChanges changes;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public static String chain(Article article) {
        return "article:" + article.number();
    }

    /** The knowledge screen's search: ranked by relevance, narrowed by the filters. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<ArticleSummary> search(KnowledgeQuery query) {
        return summaries(search.search(RuleViolation.require(query, "Search")));
    }

    /** The five usable articles most relevant to the ticket's subject, description and category. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<ArticleSummary> suggestionsFor(String ticketNumber) {
        return summaries(suggestedFor(viewable(ticketNumber)));
    }

    /**
     * What the ticket page shows of the knowledge base, in one call: the articles linked to the ticket
     * and the suggestions not linked yet (of the five most relevant, so possibly fewer).
     */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TicketKnowledge forTicket(String ticketNumber) {
        Ticket t = viewable(ticketNumber);
        List<Article> linked = linkedArticles(t);
        List<Long> linkedIds = linked.stream().map(Article::getId).toList();
        List<Long> suggested = suggestedFor(t).stream().map(KnowledgeIndex.Hit::articleId)
                .filter(id -> !linkedIds.contains(id)).toList();
        List<Long> all = new ArrayList<>(linkedIds);
        all.addAll(suggested);
        Map<Long, ArticleSummary.Reuse> reuse = reuse(all);
        return new TicketKnowledge(linked.stream().map(a -> ArticleSummary.of(a, reuse.get(a.getId()))).toList(),
                summaries(suggested, reuse));
    }

    private Ticket viewable(String ticketNumber) {
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(callers.current(), t);
        return t;
    }

    private List<KnowledgeIndex.Hit> suggestedFor(Ticket t) {
        return search.search(KnowledgeQuery.suggestionsFor(t.getSubject(), t.getDescription(), t.getCategory()));
    }

    private List<Article> linkedArticles(Ticket t) {
        return em.createNamedQuery(ArticleLink.OF_TICKET, ArticleLink.class).setParameter("ticket", t)
                .getResultStream().map(ArticleLink::getArticle).toList();
    }

    /** Suggestions for a ticket still being typed, before it exists. */
    @RolesAllowed(Role.AGENT_NAME)
    public List<ArticleSummary> suggestionsForText(String subject, String description, Category category) {
        if ((subject == null || subject.isBlank()) && (description == null || description.isBlank())) {
            return List.of();
        }
        return summaries(search.search(KnowledgeQuery.suggestionsFor(subject, description, category)));
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<ArticleSummary> linkedTo(String ticketNumber) {
        List<Article> linked = linkedArticles(viewable(ticketNumber));
        Map<Long, ArticleSummary.Reuse> reuse = reuse(linked.stream().map(Article::getId).toList());
        return linked.stream().map(a -> ArticleSummary.of(a, reuse.get(a.getId()))).toList();
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public ArticleDetails article(String number) {
        Article a = find(number);
        Agent caller = callers.current();
        List<ArticleDetails.LinkView> links = em.createQuery("SELECT l FROM ArticleLink l JOIN FETCH l.ticket"
                        + " WHERE l.article = :article ORDER BY l.linkedAt DESC", ArticleLink.class)
                .setParameter("article", a).setMaxResults(50).getResultStream()
                .map(l -> new ArticleDetails.LinkView(l.getTicket().getNumber(), l.getTicket().getSubject(),
                        l.getLinkedBy().getDisplayName(), l.getLinkedAt(), l.isSolved(), l.isEscalationAvoided()))
                .toList();
        List<ArticleDetails.FlagView> flags = em.createQuery("SELECT f FROM ArticleFlag f WHERE f.article = :article"
                        + " ORDER BY f.raisedAt DESC", ArticleFlag.class).setParameter("article", a).getResultStream()
                .map(ArticleDetails.FlagView::of).toList();
        return new ArticleDetails(ArticleSummary.of(a, reuse(List.of(a.getId())).get(a.getId())), a.content(),
                a.getCreatedBy().getDisplayName(), a.getCreatedAt(), a.isFromEscalation(), a.getSourceTickets(), links,
                a.getVersions().stream().map(v -> new ArticleDetails.VersionView(v.getNumber(),
                        v.getChangedBy().getDisplayName(), v.getChangedAt(), v.getSummary(), v.getState())).toList(),
                flags, a.getVersion(), caller.reviewsKnowledge());
    }

    /**
     * A new article prefilled from a ticket: its subject and description as the problem, the handoff
     * summaries of its escalations as the cause so far, and its resolution summary.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public ArticleContent draftFrom(String ticketNumber) {
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(callers.current(), t);
        StringBuilder cause = new StringBuilder();
        for (Escalation e : t.getEscalations()) {
            if (e.getHandoff() != null) {
                cause.append(cause.isEmpty() ? "" : "\n").append(e.getHandoff().issue()).append(". Already tried: ")
                        .append(e.getHandoff().stepsTaken()).append(". Needed: ").append(e.getHandoff().needed());
            }
        }
        String problem = t.getDescription() == null || t.getDescription().isBlank() ? t.getSubject() : t.getDescription();
        return new ArticleContent(t.getSubject(), problem, null, cause.isEmpty() ? null : cause.toString(),
                t.getResolutionSummary(), t.getCategory(), List.of(), Audience.INTERNAL);
    }

    /**
     * Captures an article; with a source ticket, the article records it (and whether it was
     * escalated) and is linked to it. Returns the article's number.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public String create(ArticleContent content, String sourceTicket) {
        Agent caller = callers.current();
        RuleViolation.require(content, "Article");
        Ticket source = null;
        if (sourceTicket != null && !sourceTicket.isBlank()) {
            source = tickets.byNumber(sourceTicket);
            TierPolicy.requireView(caller, source);
        }
        Instant now = clock.instant();
        Article a = new Article(content, caller, changes.next(), now);
        em.persist(a);
        if (source != null) {
            a.addSource(source.getNumber(), !source.getEscalations().isEmpty(), a.getChangeNumber(), now);
        }
        audit.record(chain(a), caller.getLoginName(), AuditAction.ARTICLE_CREATED, a.number() + " “" + a.getTitle()
                + "” created as " + a.getState().label().toLowerCase(Locale.ROOT)
                + (source == null ? "" : " from " + source.getNumber()), null, a.auditState());
        if (source != null && TierPolicy.mayWork(caller, source)) {
            link(caller, source, a, now);
        }
        return a.number();
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void revise(String number, long seenVersion, ArticleContent content) {
        Agent caller = callers.current();
        Article a = current(number, seenVersion);
        Map<String, Object> before = a.auditState();
        String summary = a.revise(content, caller, caller.reviewsKnowledge(), changes.next(), clock.instant());
        StaleCheck.flush(em, a.number());
        audit.record(chain(a), caller.getLoginName(), AuditAction.ARTICLE_CHANGED, a.number() + ": " + summary,
                before, a.auditState());
    }

    /** A KCS state change: publish a work in progress, validate, archive, restore. */
    @RolesAllowed(Role.AGENT_NAME)
    public void moveTo(String number, long seenVersion, ArticleState target, String note) {
        Agent caller = callers.current();
        Article a = current(number, seenVersion);
        Map<String, Object> before = a.auditState();
        String summary = a.moveTo(target, caller, caller.reviewsKnowledge(), note, changes.next(), clock.instant());
        StaleCheck.flush(em, a.number());
        audit.record(chain(a), caller.getLoginName(), AuditAction.ARTICLE_STATE_CHANGED, a.number() + ": " + summary,
                before, a.auditState());
    }

    /** Reuse: the article answers this ticket. One click, audited on the ticket. */
    @RolesAllowed(Role.AGENT_NAME)
    public void link(String ticketNumber, String articleNumber) {
        Agent caller = callers.current();
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, t);
        Article a = find(articleNumber);
        if (!a.getState().usable() && a.getState() != ArticleState.WORK_IN_PROGRESS) {
            throw new RuleViolation(a.number() + " is archived; it cannot be linked.");
        }
        link(caller, t, a, clock.instant());
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void unlink(String ticketNumber, String articleNumber) {
        Agent caller = callers.current();
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, t);
        Article a = find(articleNumber);
        ArticleLink link = existingLink(t, a);
        if (link == null) {
            throw new RuleViolation(a.number() + " is not linked to " + t.getNumber() + ".");
        }
        em.remove(link);
        audit.record(AuditEntry.ticketChain(t.getNumber()), caller.getLoginName(),
                AuditAction.ARTICLE_UNLINKED, "Knowledge article " + a.number() + " “" + a.getTitle() + "” unlinked",
                Map.of("article", a.number()), null);
    }

    /** Someone who used the article says it is wrong or outdated; the reviewers see it in their queue. */
    @RolesAllowed(Role.AGENT_NAME)
    public long flag(String number, ArticleFlag.Kind kind, String comment) {
        Agent caller = callers.current();
        Article a = find(number);
        ArticleFlag flag = new ArticleFlag(a, kind, comment, caller, clock.instant());
        em.persist(flag);
        audit.record(chain(a), caller.getLoginName(), AuditAction.ARTICLE_FLAGGED, a.number() + " flagged as "
                + flag.getKind().label().toLowerCase(Locale.ROOT) + ": " + flag.getComment(), null,
                Map.of("kind", flag.getKind().name(), "comment", flag.getComment()));
        return flag.getId();
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void closeFlag(long flagId, String answer) {
        Agent caller = requireReviewer("Answering a flag");
        ArticleFlag flag = em.find(ArticleFlag.class, flagId);
        if (flag == null) {
            throw new NotFound("There is no such flag.");
        }
        flag.close(caller, answer, clock.instant());
        audit.record(chain(flag.getArticle()), caller.getLoginName(), AuditAction.ARTICLE_FLAG_CLOSED,
                flag.getArticle().number() + ": flag of " + flag.getRaisedBy().getDisplayName() + " answered: "
                        + flag.getAnswer(), null, Map.of("answer", flag.getAnswer()));
    }

    /** The knowledge reviewers' queue: open flags first, then usable articles not yet validated. */
    @RolesAllowed(Role.AGENT_NAME)
    public ReviewQueue reviewQueue() {
        requireReviewer("The review queue");
        List<ArticleDetails.FlagView> flags = em.createQuery("SELECT f FROM ArticleFlag f JOIN FETCH f.article"
                + " WHERE f.closedAt IS NULL ORDER BY f.raisedAt", ArticleFlag.class).setMaxResults(200).getResultStream()
                .map(ArticleDetails.FlagView::of).toList();
        List<Article> waiting = em.createQuery("SELECT a FROM Article a WHERE a.state = :state ORDER BY a.updatedAt",
                Article.class).setParameter("state", ArticleState.NOT_VALIDATED).setMaxResults(200).getResultList();
        Map<Long, ArticleSummary.Reuse> reuse = reuse(waiting.stream().map(Article::getId).toList());
        return new ReviewQueue(flags, waiting.stream().map(a -> ArticleSummary.of(a, reuse.get(a.getId()))).toList());
    }

    /** Reuse by category: tickets linked to an article, solved with one, and escalations avoided. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<CategoryReuse> reuseByCategory() {
        Map<Category, ArticleSummary.Reuse> byCategory = new java.util.EnumMap<>(Category.class);
        List<Object[]> rows = em.createQuery("SELECT l.article.text.category, l.solved, l.escalationAvoided, COUNT(l)"
                + " FROM ArticleLink l GROUP BY l.article.text.category, l.solved, l.escalationAvoided", Object[].class)
                .getResultList();
        for (Object[] r : rows) {
            long count = ((Number) r[3]).longValue();
            byCategory.merge((Category) r[0], new ArticleSummary.Reuse(count, Boolean.TRUE.equals(r[1]) ? count : 0,
                    Boolean.TRUE.equals(r[2]) ? count : 0), (a, b) -> new ArticleSummary.Reuse(a.linked() + b.linked(),
                    a.solved() + b.solved(), a.escalationsAvoided() + b.escalationsAvoided()));
        }
        return byCategory.entrySet().stream().map(e -> new CategoryReuse(e.getKey(), e.getValue())).toList();
    }

    /** Whether the caller validates and archives articles. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public boolean mayReview() {
        return callers.current().reviewsKnowledge();
    }

    /** The public help page: validated articles written for customers, no sign-in needed. */
    @PermitAll
    public List<ArticleSummary> forCustomers(String text, int limit) {
        return summaries(search.search(KnowledgeQuery.forCustomers(text, limit)));
    }

    /** One article of the public help page; anything else is not found, so internal articles stay unseen. */
    @PermitAll
    public ArticleContent customerArticle(String number) {
        Article a = em.find(Article.class, id(number));
        if (a == null || a.getState() != ArticleState.VALIDATED || a.getAudience() != Audience.CUSTOMERS) {
            throw new NotFound("There is no help article " + number + ".");
        }
        return a.content();
    }

    private void link(Agent caller, Ticket t, Article a, Instant now) {
        if (existingLink(t, a) != null) {
            throw new RuleViolation(a.number() + " is linked to " + t.getNumber() + " already.");
        }
        em.persist(new ArticleLink(a, t, caller, now));
        audit.record(AuditEntry.ticketChain(t.getNumber()), caller.getLoginName(),
                AuditAction.ARTICLE_LINKED, "Knowledge article " + a.number() + " “" + a.getTitle() + "” linked",
                null, Map.of("article", a.number(), "state", a.getState().name()));
    }

    private ArticleLink existingLink(Ticket t, Article a) {
        return em.createQuery("SELECT l FROM ArticleLink l WHERE l.ticket = :ticket AND l.article = :article",
                ArticleLink.class).setParameter("ticket", t).setParameter("article", a).getResultStream().findFirst()
                .orElse(null);
    }

    private Agent requireReviewer(String what) {
        Agent caller = callers.current();
        if (!caller.reviewsKnowledge()) {
            throw new AccessRefused(what + " takes the knowledge-reviewer right.");
        }
        return caller;
    }

    private Article current(String number, long seenVersion) {
        Article a = find(number);
        if (a.getVersion() != seenVersion) {
            String by = a.getVersions().isEmpty() ? "someone" : a.getVersions().get(0).getChangedBy().getDisplayName();
            throw new RuleViolation(a.number() + " was changed by " + by + " since you opened it; reload it and try again.");
        }
        return a;
    }

    private Article find(String number) {
        Article a = em.find(Article.class, id(number));
        if (a == null) {
            throw new NotFound("There is no article " + number + ".");
        }
        return a;
    }

    private static long id(String number) {
        return Article.idOf(number);
    }

    private List<ArticleSummary> summaries(List<KnowledgeIndex.Hit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Long> ids = hits.stream().map(KnowledgeIndex.Hit::articleId).toList();
        return summaries(ids, reuse(ids));
    }

    /** The articles' summaries in the order of the ids, leaving out any deleted since they were found. */
    private List<ArticleSummary> summaries(List<Long> ids, Map<Long, ArticleSummary.Reuse> reuse) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Article::getId, a -> a));
        List<ArticleSummary> result = new ArrayList<>();
        for (Long id : ids) {
            Article a = byId.get(id);
            if (a != null) {
                result.add(ArticleSummary.of(a, reuse.get(id)));
            }
        }
        return result;
    }

    private Map<Long, ArticleSummary.Reuse> reuse(List<Long> ids) {
        Map<Long, ArticleSummary.Reuse> reuse = new HashMap<>();
        if (ids.isEmpty()) {
            return reuse;
        }
        // counted per (article, solved, avoided) and added up here: portable, where SUM(CASE WHEN a boolean) is not
        List<Object[]> rows = em.createQuery("SELECT l.article.id, l.solved, l.escalationAvoided, COUNT(l) FROM ArticleLink l"
                + " WHERE l.article.id IN :ids GROUP BY l.article.id, l.solved, l.escalationAvoided", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            long count = ((Number) r[3]).longValue();
            ArticleSummary.Reuse part = new ArticleSummary.Reuse(count, Boolean.TRUE.equals(r[1]) ? count : 0,
                    Boolean.TRUE.equals(r[2]) ? count : 0);
            reuse.merge((Long) r[0], part, (a, b) -> new ArticleSummary.Reuse(a.linked() + b.linked(),
                    a.solved() + b.solved(), a.escalationsAvoided() + b.escalationsAvoided()));
        }
        return reuse;
    }
}
