package com.escalationdesk.reply.web;

import com.escalationdesk.reply.CannedReplies;
import com.escalationdesk.reply.CannedReply;
import com.escalationdesk.reply.CannedReplyView;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An agent's canned replies: their own and their team's shared ones; team leads keep the shared ones. */
@Named
@ViewScoped
public class CannedRepliesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CannedReplies replies;

    private List<CannedReplyView> rows = List.of();
    private boolean mayShare;
    private Long editedId;
    private String title;
    private String body;
    private boolean shared;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            rows = replies.mine();
            mayShare = replies.mayShare();
        });
    }

    public void edit(CannedReplyView row) {
        editedId = row.id();
        title = row.title();
        body = row.body();
        shared = row.shared();
    }

    public void save() {
        boolean done = editedId == null ? FacesActions.attempt(() -> replies.add(title, body, shared))
                : FacesActions.attempt(() -> replies.change(editedId, title, body));
        if (done) {
            FacesActions.info("Canned reply “" + title.strip() + "” saved" + (shared ? " for your team." : "."));
            cancel();
            load();
        }
    }

    public void remove(CannedReplyView row) {
        if (FacesActions.attempt(() -> replies.remove(row.id()))) {
            FacesActions.info("Canned reply “" + row.title() + "” removed.");
            cancel();
            load();
        }
    }

    public void cancel() {
        editedId = null;
        title = null;
        body = null;
        shared = false;
    }

    /** The placeholders a reply may hold, for the form's help: "{{customer}} the customer's name, …". */
    public String getPlaceholdersText() {
        return String.join(", ", CannedReply.PLACEHOLDERS.entrySet().stream().map(e -> "{{" + e.getKey() + "}} " + e.getValue()).toList());
    }

    public List<CannedReplyView> getRows() {
        return rows;
    }

    public boolean isMayShare() {
        return mayShare;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}
