package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.ArticleSummary;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.knowledge.KnowledgeQuery;
import com.escalationdesk.knowledge.TicketKnowledge;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.web.TicketView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private TicketKnowledge shown;
    private String findText;
    private List<ArticleSummary> found = List.of();

    @Inject
    private TicketView ticketView;

    /** One call for the linked articles and the suggestions, the first time the page asks for either. */
    private TicketKnowledge shown() {
        if (number == null) {
            number = ticketView.getNumber();
        }
        if (shown == null && number != null) {
            shown = TicketKnowledge.NONE;
            FacesActions.attempt(() -> shown = knowledge.forTicket(number));
        }
        return shown == null ? TicketKnowledge.NONE : shown;
    }

    public List<ArticleSummary> getLinked() {
        return shown().linked();
    }

    /** The suggestions not linked yet. */
    public List<ArticleSummary> getSuggestions() {
        return shown().suggestions();
    }

    /**
     * What the resolve dialog offers to link as having solved the ticket: the suggestions and the
     * articles last found, not linked yet, usable or still in progress, each once.
     */
    public List<ArticleSummary> getLinkCandidates() {
        Map<Long, ArticleSummary> candidates = new LinkedHashMap<>();
        getSuggestions().forEach(a -> candidates.put(a.id(), a));
        found.stream().filter(a -> a.state() != ArticleState.ARCHIVED && !isLinked(a))
                .forEach(a -> candidates.putIfAbsent(a.id(), a));
        return List.copyOf(candidates.values());
    }

    public String getLinkedNumbers() {
        return getLinked().stream().map(ArticleSummary::number).collect(Collectors.joining(", "));
    }

    public boolean isLinked(ArticleSummary article) {
        return getLinked().stream().anyMatch(l -> l.id() == article.id());
    }

    /** Any article but archived ones, for the agent who knows there is one that fits. */
    public void find() {
        FacesActions.attempt(() -> found = knowledge.search(new KnowledgeQuery(findText,
                EnumSet.of(ArticleState.WORK_IN_PROGRESS, ArticleState.NOT_VALIDATED, ArticleState.VALIDATED),
                null, null, null, null, 10)));
    }

    public String link(String articleNumber) {
        shown();
        if (!FacesActions.attempt(() -> knowledge.link(number, articleNumber))) {
            return null;
        }
        FacesActions.info(articleNumber + " linked to " + number + ".");
        return "/ticket/view?faces-redirect=true&number=" + number;
    }

    public String unlink(String articleNumber) {
        shown();
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
