package com.escalationdesk.knowledge;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who used an article says it is wrong or outdated; it waits in the reviewers' queue until one of them answers. */
@Entity
@Table(name = "kb_article_flag")
public class ArticleFlag {

    public enum Kind {
        WRONG("Wrong"), OUTDATED("Outdated");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_flag_seq")
    @SequenceGenerator(name = "kb_article_flag_seq", sequenceName = "kb_article_flag_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "comment", nullable = false, length = MAX_COMMENT)
    private String comment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "raised_by", nullable = false)
    private Agent raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @ManyToOne
    @JoinColumn(name = "closed_by")
    private Agent closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "answer", length = MAX_COMMENT)
    private String answer;

    protected ArticleFlag() {
        // for JPA
    }

    public ArticleFlag(Article article, Kind kind, String comment, Agent raisedBy, Instant raisedAt) {
        this.article = article;
        this.kind = RuleViolation.require(kind, "What is wrong");
        this.comment = RuleViolation.requireText(comment, "A comment saying what is wrong", MAX_COMMENT);
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    /** A reviewer dealt with it: fixed the article, archived it, or found it right, and says so. */
    public void close(Agent reviewer, String answer, Instant at) {
        if (closedAt != null) {
            throw new RuleViolation("This flag was closed already by " + closedBy.getDisplayName() + ".");
        }
        this.answer = RuleViolation.requireText(answer, "An answer", MAX_COMMENT);
        this.closedBy = reviewer;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Kind getKind() {
        return kind;
    }

    public String getComment() {
        return comment;
    }

    public Agent getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Agent getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getAnswer() {
        return answer;
    }
}
