package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.ArticleContent;
import com.escalationdesk.knowledge.ArticleSummary;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The public help page, no sign-in: validated articles written for customers, searched by
 * relevance or, without a search, the most recently updated; one article in full.
 */
@Named
@RequestScoped
public class HelpView {

    static final int SHOWN = 30;

    @Inject
    private Knowledge knowledge;

    private String q;
    private String article;
    private java.util.List<ArticleSummary> results = java.util.List.of();
    private ArticleContent shown;

    public void load() {
        FacesActions.attempt(() -> {
            if (article != null && !article.isBlank()) {
                shown = knowledge.customerArticle(article);
            } else {
                results = knowledge.forCustomers(q, SHOWN);
            }
        });
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public java.util.List<ArticleSummary> getResults() {
        return results;
    }

    public ArticleContent getShown() {
        return shown;
    }
}
