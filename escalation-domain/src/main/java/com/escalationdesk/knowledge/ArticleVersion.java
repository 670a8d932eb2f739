package com.escalationdesk.knowledge;

import com.escalationdesk.directory.Agent;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of an article: who changed it, when, what changed, and the whole text as it then read. */
@Entity
@Table(name = "kb_article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_version_seq")
    @SequenceGenerator(name = "kb_article_version_seq", sequenceName = "kb_article_version_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "number", nullable = false)
    private int number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "changed_by", nullable = false)
    private Agent changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ArticleState state;

    @Embedded
    private ArticleText text;

    protected ArticleVersion() {
        // for JPA
    }

    ArticleVersion(Article article, int number, Agent changedBy, Instant changedAt, String summary) {
        this.article = article;
        this.number = number;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.summary = summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary;
        this.state = article.getState();
        this.text = new ArticleText(article.content());
    }

    public int getNumber() {
        return number;
    }

    public Agent getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getSummary() {
        return summary;
    }

    public ArticleState getState() {
        return state;
    }

    public ArticleContent content() {
        return text.content();
    }
}
