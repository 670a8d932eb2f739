package com.escalationdesk.knowledge.web;

import com.escalationdesk.knowledge.Coaching;
import com.escalationdesk.knowledge.CoachingNoteView;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The articles an agent's team lead asked them to read, on the agent's own page; each marked read there. */
@Named
@RequestScoped
public class MyCoachingView {

    @Inject
    private Coaching coaching;

    private List<CoachingNoteView> notes;

    public List<CoachingNoteView> getNotes() {
        if (notes == null) {
            notes = List.of();
            FacesActions.attempt(() -> notes = coaching.mine());
        }
        return notes;
    }

    public long getUnread() {
        return getNotes().stream().filter(n -> !n.read()).count();
    }

    public String markRead(long id) {
        return FacesActions.attemptThen(() -> coaching.markRead(id), "Marked read. Your team lead sees it.",
                "/ticket/my-figures?faces-redirect=true");
    }
}
