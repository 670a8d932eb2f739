package com.escalationdesk.customer.web;

import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.customer.StatusPage;
import com.escalationdesk.shared.DomainException;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.shared.web.TicketFiles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.file.UploadedFiles;

/**
 * The customer's status page, reached by the signed link from our emails without a login. A bad
 * link shows only why it does not work.
 */
@Named("statusPage")
@ViewScoped
public class StatusPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerStatus status;

    private String token;
    private StatusPage page;
    private String refusal;
    private String reply;
    /** What the browser sent with this request only. */
    private transient UploadedFiles replyFiles;
    private String escalationReason;
    private Integer rating;
    private String ratingComment;
    private Integer effort;

    /** Runs on every request of the view (f:viewAction), reading the case afresh. */
    public void load() {
        try {
            page = status.view(token);
            refusal = null;
            if (page.effort() != null && effort == null) {
                effort = page.effort();
            }
            if (page.rating() != null && rating == null) {
                rating = page.rating();
                ratingComment = page.ratingComment();
            }
        } catch (DomainException e) {
            page = null;
            refusal = e.getMessage();
        }
    }

    public void sendReply() {
        List<NewFile> files = TicketFiles.chosen(replyFiles);
        if (act(() -> status.reply(token, reply, files), files.isEmpty() ? "Thank you; your message is with the team on your case."
                : "Thank you; your message and " + (files.size() == 1 ? "file are" : files.size() + " files are")
                        + " with the team on your case.")) {
            reply = null;
        }
    }

    public UploadedFiles getReplyFiles() {
        return replyFiles;
    }

    public void setReplyFiles(UploadedFiles replyFiles) {
        this.replyFiles = replyFiles;
    }

    public void askForEscalation() {
        if (act(() -> status.askForEscalation(token, escalationReason), "We have received your request.")) {
            escalationReason = null;
        }
    }

    public void rate() {
        act(() -> status.rate(token, rating, ratingComment, effort), "Thank you for your answers.");
    }

    private boolean act(Supplier<StatusPage> action, String confirmation) {
        StatusPage[] after = new StatusPage[1];
        if (FacesActions.attempt(() -> after[0] = action.get())) {
            page = after[0];
            FacesActions.info(confirmation);
            return true;
        }
        return false;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public StatusPage getPage() {
        return page;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(String escalationReason) {
        this.escalationReason = escalationReason;
    }

    public Integer getRating() {
        return rating;
    }

    public Integer getEffort() {
        return effort;
    }

    public void setEffort(Integer effort) {
        this.effort = effort;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }
}
