package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.ArticleDetails;
import com.escalationdesk.knowledge.ArticleFlag;
import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article: its content, its state with the moves the caller may make, its versions, the tickets
 * it came from and those that reused it, and its flags. Every action reloads the page.
 */
@Named
@ViewScoped
public class ArticleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Knowledge knowledge;

    private String number;
    private ArticleDetails article;
    private String stateNote;
    private ArticleFlag.Kind flagKind = ArticleFlag.Kind.WRONG;
    private String flagComment;
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        FacesActions.attempt(() -> article = knowledge.article(number));
    }

    /** The state changes that make sense from here; the server still decides who may make them. */
    public List<ArticleState> getMoves() {
        List<ArticleState> moves = new ArrayList<>();
        if (article == null) {
            return moves;
        }
        ArticleState s = article.summary().state();
        boolean reviewer = article.mayReview();
        switch (s) {
            case WORK_IN_PROGRESS -> {
                moves.add(ArticleState.NOT_VALIDATED);
                if (reviewer) {
                    moves.add(ArticleState.VALIDATED);
                }
            }
            case NOT_VALIDATED -> {
                if (reviewer) {
                    moves.add(ArticleState.VALIDATED);
                }
                moves.add(ArticleState.WORK_IN_PROGRESS);
            }
            case VALIDATED -> {
                if (reviewer) {
                    moves.add(ArticleState.NOT_VALIDATED);
                }
            }
            case ARCHIVED -> {
                if (reviewer) {
                    moves.add(ArticleState.NOT_VALIDATED);
                }
            }
        }
        if (reviewer && s != ArticleState.ARCHIVED) {
            moves.add(ArticleState.ARCHIVED);
        }
        return moves;
    }

    /** The button's words for a move, which depend on where the article stands. */
    public String moveLabel(ArticleState target) {
        ArticleState s = article.summary().state();
        return switch (target) {
            case NOT_VALIDATED -> s == ArticleState.WORK_IN_PROGRESS ? "Publish (not validated)"
                    : s == ArticleState.ARCHIVED ? "Restore" : "Send back to review";
            case VALIDATED -> "Validate";
            case ARCHIVED -> "Archive";
            case WORK_IN_PROGRESS -> "Back to work in progress";
        };
    }

    public String move(ArticleState target) {
        return reloadAfter(() -> knowledge.moveTo(number, article.version(), target, stateNote),
                () -> article.summary().number() + " is " + target.label().toLowerCase() + " now.");
    }

    public String flag() {
        return reloadAfter(() -> knowledge.flag(number, flagKind, flagComment),
                () -> "Thank you: the knowledge reviewers will look at " + article.summary().number() + ".");
    }

    public String closeFlag(long flagId) {
        return reloadAfter(() -> knowledge.closeFlag(flagId, answers.get(flagId)), () -> "Flag answered.");
    }

    private String reloadAfter(Runnable action, java.util.function.Supplier<String> confirmation) {
        if (article == null || !FacesActions.attempt(action)) {
            return null;
        }
        FacesActions.info(confirmation.get());
        return "/knowledge/article?faces-redirect=true&number=" + article.summary().number();
    }

    public boolean isEditable() {
        return article != null && article.summary().state() != ArticleState.ARCHIVED;
    }

    public ArticleFlag.Kind[] getFlagKinds() {
        return ArticleFlag.Kind.values();
    }

    public ArticleDetails getArticle() {
        return article;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getStateNote() {
        return stateNote;
    }

    public void setStateNote(String stateNote) {
        this.stateNote = stateNote;
    }

    public ArticleFlag.Kind getFlagKind() {
        return flagKind;
    }

    public void setFlagKind(ArticleFlag.Kind flagKind) {
        this.flagKind = flagKind;
    }

    public String getFlagComment() {
        return flagComment;
    }

    public void setFlagComment(String flagComment) {
        this.flagComment = flagComment;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
