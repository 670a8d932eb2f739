package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.ArticleSummary;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.knowledge.KnowledgeQuery;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.web.TicketView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge side of the ticket page and its escalate and resolve dialogs: the articles linked to
 * the ticket, the five most relevant ones the knowledge base suggests for it, a search for any
 * other, and linking one with a click. Read once per view, when first shown.
 */
@Named
@ViewScoped
public class TicketKnowledgeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Knowledge knowledge;

    private String number;
    private List<ArticleSummary> linked;
    private List<ArticleSummary> suggestions;
    private String findText;
    private List<ArticleSummary> found = List.of();

    @Inject
    private TicketView ticketView;

    private void read() {
        if (number == null) {
            number = ticketView.getNumber();
        }
        if (linked != null || number == null) {
            return;
        }
        linked = List.of();
        suggestions = List.of();
        FacesActions.attempt(() -> {
            linked = knowledge.linkedTo(number);
            suggestions = knowledge.suggestionsFor(number);
        });
    }

    public List<ArticleSummary> getLinked() {
        read();
        return linked;
    }

    /** The suggestions not linked yet. */
    public List<ArticleSummary> getSuggestions() {
        read();
        Set<Long> already = linked.stream().map(ArticleSummary::id).collect(Collectors.toSet());
        return suggestions.stream().filter(s -> !already.contains(s.id())).toList();
    }

    public String getLinkedNumbers() {
        return getLinked().stream().map(ArticleSummary::number).collect(Collectors.joining(", "));
    }

    public boolean isLinked(ArticleSummary article) {
        read();
        return linked.stream().anyMatch(l -> l.id() == article.id());
    }

    /** Any article but archived ones, for the agent who knows there is one that fits. */
    public void find() {
        FacesActions.attempt(() -> found = knowledge.search(new KnowledgeQuery(findText,
                EnumSet.of(ArticleState.WORK_IN_PROGRESS, ArticleState.NOT_VALIDATED, ArticleState.VALIDATED),
                null, null, null, null, 10)));
    }

    public String link(String articleNumber) {
        read();
        if (!FacesActions.attempt(() -> knowledge.link(number, articleNumber))) {
            return null;
        }
        FacesActions.info(articleNumber + " linked to " + number + ".");
        return "/ticket/view?faces-redirect=true&number=" + number;
    }

    public String unlink(String articleNumber) {
        read();
        if (!FacesActions.attempt(() -> knowledge.unlink(number, articleNumber))) {
            return null;
        }
        FacesActions.info(articleNumber + " unlinked from " + number + ".");
        return "/ticket/view?faces-redirect=true&number=" + number;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getFindText() {
        return findText;
    }

    public void setFindText(String findText) {
        this.findText = findText;
    }

    public List<ArticleSummary> getFound() {
        return found;
    }
}
