package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.ArticleSummary;
import com.escalationdesk.knowledge.CategoryReuse;
import com.escalationdesk.knowledge.Audience;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.knowledge.KnowledgeQuery;
import com.escalationdesk.knowledge.ReviewQueue;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * The Knowledge screen: search by relevance with filters for state, category, audience and tag, and
 * for knowledge reviewers their queue of flags and articles waiting for validation. The search is
 * in the address (bookmarkable, and the back button returns to it).
 */
@Named
@ViewScoped
public class KnowledgeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    private Knowledge knowledge;

    private String text;
    private ArticleState state;
    private Category category;
    private Audience audience;
    private String tag;
    private List<ArticleSummary> results = List.of();
    private ReviewQueue queue;
    private List<CategoryReuse> reuse = List.of();
    private boolean reviewer;

    public void load() {
        FacesActions.attempt(() -> {
            results = knowledge.search(new KnowledgeQuery(text, state == null ? null : EnumSet.of(state), audience,
                    category, tag, null, PAGE));
            reviewer = knowledge.mayReview();
            reuse = knowledge.reuseByCategory();
            if (reviewer) {
                queue = knowledge.reviewQueue();
            }
        });
    }

    /** A new search is a new address, so that the back button and bookmarks keep it. */
    public String find() {
        return "/knowledge/index?faces-redirect=true&includeViewParams=true";
    }

    public List<ArticleSummary> getResults() {
        return results;
    }

    public List<CategoryReuse> getReuse() {
        return reuse;
    }

    public ReviewQueue getQueue() {
        return queue;
    }

    public boolean isReviewer() {
        return reviewer;
    }

    public boolean isFiltered() {
        return (text != null && !text.isBlank()) || state != null || category != null || audience != null
                || (tag != null && !tag.isBlank());
    }

    public ArticleState[] getStates() {
        return ArticleState.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ArticleState getState() {
        return state;
    }

    public void setState(ArticleState state) {
        this.state = state;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
}
