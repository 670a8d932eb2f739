package com.escalationdesk.knowledge;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A team lead's coaching note: an article an agent is asked to read, with why. The agent sees it and
 * marks it read; both steps are on the agent's coaching audit chain.
 */
@Entity
@Table(name = "coaching_note")
@NamedQuery(name = CoachingNote.FOR_AGENT, query = "select n from CoachingNote n join fetch n.article where n.agent = :agent"
        + " order by n.assignedAt desc, n.id desc")
@NamedQuery(name = CoachingNote.ASSIGNED_BY, query = "select n from CoachingNote n join fetch n.article join fetch n.agent"
        + " where n.assignedBy = :lead order by n.assignedAt desc, n.id desc")
public class CoachingNote {

    public static final String FOR_AGENT = "CoachingNote.forAgent";
    public static final String ASSIGNED_BY = "CoachingNote.assignedBy";
    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_note_seq")
    @SequenceGenerator(name = "coaching_note_seq", sequenceName = "coaching_note_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assigned_by", nullable = false)
    private Agent assignedBy;

    @Column(name = "note", nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected CoachingNote() {
        // for JPA
    }

    public CoachingNote(Agent agent, Article article, Agent assignedBy, String note, Instant at) {
        this.agent = RuleViolation.require(agent, "The agent");
        this.article = RuleViolation.require(article, "The article");
        this.assignedBy = RuleViolation.require(assignedBy, "Who assigns it");
        if (article.getState() == ArticleState.ARCHIVED) {
            throw new RuleViolation(article.number() + " is archived; choose an article in use.");
        }
        if (agent.sameAs(assignedBy)) {
            throw new RuleViolation("A coaching note is for someone else.");
        }
        this.note = RuleViolation.requireText(note, "Why to read it", MAX_NOTE);
        this.assignedAt = at;
    }

    /** The agent says they read it; only they can, and once. */
    public void markRead(Agent by, Instant at) {
        if (!agent.sameAs(by)) {
            throw new AccessRefused("Only " + agent.getDisplayName() + " can mark this coaching note read.");
        }
        if (readAt != null) {
            throw new RuleViolation("You marked this article read already.");
        }
        readAt = at;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agent", agent.getLoginName());
        state.put("article", article.number());
        state.put("assignedBy", assignedBy.getLoginName());
        state.put("note", note);
        state.put("read", readAt != null);
        return state;
    }

    public Long getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public Article getArticle() {
        return article;
    }

    public Agent getAssignedBy() {
        return assignedBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
