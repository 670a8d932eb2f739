package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.ArticleContent;
import com.escalationdesk.knowledge.ArticleDetails;
import com.escalationdesk.knowledge.Audience;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Writing an article: a new one (prefilled from a ticket when captured while solving) or a new
 * version of an existing one. The version the editor started from travels with the save, so that
 * nobody overwrites a change they have not seen.
 */
@Named
@ViewScoped
public class ArticleEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Knowledge knowledge;

    /** The article being changed; none for a new one. */
    private String number;
    /** The ticket a new article is captured from. */
    private String from;
    private long version;
    private boolean loaded;

    private String title;
    private String problem;
    private String environment;
    private String cause;
    private String resolution;
    private Category category;
    private String tags;
    private Audience audience = Audience.INTERNAL;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        FacesActions.attempt(() -> {
            if (number != null && !number.isBlank()) {
                ArticleDetails a = knowledge.article(number);
                version = a.version();
                fill(a.content());
            } else if (from != null && !from.isBlank()) {
                fill(knowledge.draftFrom(from));
            }
        });
    }

    private void fill(ArticleContent c) {
        title = c.title();
        problem = c.problem();
        environment = c.environment();
        cause = c.cause();
        resolution = c.resolution();
        category = c.category();
        tags = c.tagText();
        audience = c.audience();
    }

    public String save() {
        String[] saved = new String[1];
        boolean ok = FacesActions.attempt(() -> {
            ArticleContent content = new ArticleContent(title, problem, environment, cause, resolution, category,
                    ArticleContent.tags(tags), audience);
            if (isNew()) {
                saved[0] = knowledge.create(content, from);
            } else {
                knowledge.revise(number, version, content);
                saved[0] = number.strip().toUpperCase(java.util.Locale.ROOT);
            }
        });
        if (!ok) {
            return null;
        }
        FacesActions.info(isNew() ? saved[0] + " saved" + (from == null || from.isBlank() ? "." : " and linked to " + from + ".")
                : "New version of " + saved[0] + " saved.");
        return "/knowledge/article?faces-redirect=true&number=" + saved[0];
    }

    public boolean isNew() {
        return number == null || number.isBlank();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }
}
