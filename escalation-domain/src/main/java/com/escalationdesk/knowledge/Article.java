package com.escalationdesk.knowledge;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Category;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A knowledge article, captured while solving (KCS): its content, where it stands, the tickets it
 * came from, and every version anyone saved. Each change goes through this class, which keeps the
 * KCS rules: a usable article has a resolution, only a knowledge reviewer validates or archives, and
 * an edit by someone else sends a validated article back to review.
 *
 * <p>{@code changeNumber} is the desk-wide knowledge change counter at this article's last change:
 * every server's search index catches up on the articles changed after the number it has seen.
 */
@Entity
@Table(name = "kb_article")
@NamedQuery(name = Article.CHANGED_AFTER, query = "SELECT a FROM Article a WHERE a.changeNumber > :seen ORDER BY a.changeNumber")
public class Article {

    public static final String CHANGED_AFTER = "Article.changedAfter";
    public static final String PREFIX = "KB-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
    @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 1)
    private Long id;

    @Embedded
    private ArticleText text;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ArticleState state;

    /** One of its source tickets was escalated: reusing it at Tier 1 counts as an escalation avoided. */
    @Column(name = "from_escalation", nullable = false)
    private boolean fromEscalation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", nullable = false)
    private Agent createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "change_number", nullable = false)
    private long changeNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kb_article_source", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "ticket_number", length = 20)
    @OrderColumn(name = "position")
    private List<String> sourceTickets = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number DESC")
    private List<ArticleVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Article() {
        // for JPA
    }

    /**
     * A new article: with a resolution it is usable at once (not validated); without one it is
     * framed as work in progress for colleagues who meet the same problem.
     */
    public Article(ArticleContent content, Agent author, long changeNumber, Instant at) {
        RuleViolation.require(content, "Article");
        this.createdBy = RuleViolation.require(author, "Author");
        this.createdAt = at;
        this.state = content.hasResolution() ? ArticleState.NOT_VALIDATED : ArticleState.WORK_IN_PROGRESS;
        apply(content);
        touch(changeNumber, at);
        record(author, at, "Created as " + state.label().toLowerCase());
    }

    /**
     * A new version. Archived articles are restored before they change; a usable article keeps a
     * resolution; an edit by someone without the reviewer right sends a validated article back to
     * review, as KCS asks. Returns what changed, in words.
     */
    public String revise(ArticleContent content, Agent by, boolean reviewer, long changeNumber, Instant at) {
        RuleViolation.require(content, "Article");
        if (state == ArticleState.ARCHIVED) {
            throw new RuleViolation(number() + " is archived; a knowledge reviewer restores it before it changes.");
        }
        if (state.usable() && !content.hasResolution()) {
            throw new RuleViolation("The resolution is required: " + number() + " is " + state.label().toLowerCase()
                    + " and is suggested to agents.");
        }
        List<String> changed = content.changedFrom(content());
        if (changed.isEmpty()) {
            throw new RuleViolation("Nothing changed in " + number() + ".");
        }
        apply(content);
        String summary = "Changed " + String.join(", ", changed);
        if (state == ArticleState.VALIDATED && !reviewer) {
            state = ArticleState.NOT_VALIDATED;
            summary += "; back to not validated until a reviewer checks it";
        }
        touch(changeNumber, at);
        record(by, at, summary);
        return summary;
    }

    /** A KCS state change; {@code reviewer} says whether the person holds the knowledge-reviewer right. */
    public String moveTo(ArticleState target, Agent by, boolean reviewer, String note, long changeNumber, Instant at) {
        RuleViolation.require(target, "State");
        if (target == state) {
            throw new RuleViolation(number() + " is " + state.label().toLowerCase() + " already.");
        }
        boolean restoring = state == ArticleState.ARCHIVED;
        if ((target.takesReviewer() || restoring) && !reviewer) {
            throw new AccessRefused((restoring ? "Restoring" : target == ArticleState.VALIDATED ? "Validating" : "Archiving")
                    + " an article takes the knowledge-reviewer right.");
        }
        if (target.usable() && text.resolution() == null) {
            throw new RuleViolation(number() + " has no resolution yet; add one before it is "
                    + target.label().toLowerCase() + ".");
        }
        String summary = state.label() + " → " + target.label()
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        state = target;
        touch(changeNumber, at);
        record(by, at, summary);
        return summary;
    }

    /** A ticket the article answers or came from; an escalated one makes reuse count as an escalation avoided. */
    public boolean addSource(String ticketNumber, boolean escalated, long changeNumber, Instant at) {
        RuleViolation.requireText(ticketNumber, "Ticket", 20);
        fromEscalation |= escalated;
        if (sourceTickets.contains(ticketNumber)) {
            return false;
        }
        sourceTickets.add(ticketNumber);
        touch(changeNumber, at);
        return true;
    }

    public ArticleContent content() {
        return text.content();
    }

    public String number() {
        return PREFIX + id;
    }

    /** The id an article number ("KB-12", or just "12") stands for; NotFound when it stands for none. */
    public static long idOf(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith(PREFIX)) {
            n = n.substring(PREFIX.length());
        }
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            throw new com.escalationdesk.shared.NotFound("There is no article "
                    + (number == null || number.isBlank() ? "with that number" : number) + ".");
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>(content().fields());
        s.put("state", state.name());
        s.put("sources", String.join(", ", sourceTickets));
        return s;
    }

    private void apply(ArticleContent content) {
        this.text = new ArticleText(content);
    }

    private void touch(long changeNumber, Instant at) {
        this.changeNumber = changeNumber;
        this.updatedAt = at;
    }

    private void record(Agent by, Instant at, String summary) {
        versions.add(0, new ArticleVersion(this, versions.size() + 1, by, at, summary));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return text.title();
    }

    public Category getCategory() {
        return text.category();
    }

    public Audience getAudience() {
        return text.audience();
    }

    public ArticleState getState() {
        return state;
    }

    public boolean isFromEscalation() {
        return fromEscalation;
    }

    public Agent getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getChangeNumber() {
        return changeNumber;
    }

    public List<String> getSourceTickets() {
        return List.copyOf(sourceTickets);
    }

    public List<ArticleVersion> getVersions() {
        return List.copyOf(versions);
    }

    public long getVersion() {
        return version;
    }
}
