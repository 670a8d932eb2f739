package com.escalationdesk.knowledge;

import com.escalationdesk.ticket.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An article's content as stored: the same columns in the article and in each of its versions.
 * (An embeddable class rather than the record {@link ArticleContent}: JPA 3.1 cannot map records.)
 */
@Embeddable
public class ArticleText {

    @Column(name = "title", nullable = false, length = ArticleContent.MAX_TITLE)
    private String title;

    @Column(name = "problem", nullable = false, length = ArticleContent.MAX_TEXT)
    private String problem;

    @Column(name = "environment", length = ArticleContent.MAX_TEXT)
    private String environment;

    @Column(name = "cause", length = ArticleContent.MAX_TEXT)
    private String cause;

    @Column(name = "resolution", length = ArticleContent.MAX_TEXT)
    private String resolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @Column(name = "tags", nullable = false, length = 600)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false, length = 20)
    private Audience audience;

    protected ArticleText() {
        // for JPA
    }

    ArticleText(ArticleContent c) {
        this.title = c.title();
        this.problem = c.problem();
        this.environment = c.environment();
        this.cause = c.cause();
        this.resolution = c.resolution();
        this.category = c.category();
        this.tags = c.tagText();
        this.audience = c.audience();
    }

    ArticleContent content() {
        return new ArticleContent(title, problem, environment, cause, resolution, category, ArticleContent.tags(tags),
                audience);
    }

    String title() {
        return title;
    }

    String resolution() {
        return resolution;
    }

    Category category() {
        return category;
    }

    Audience audience() {
        return audience;
    }
}
