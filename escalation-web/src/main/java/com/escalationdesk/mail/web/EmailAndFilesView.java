package com.escalationdesk.mail.web;

import com.escalationdesk.attachment.AttachmentLimits;
import com.escalationdesk.attachment.Attachments;
import com.escalationdesk.mail.InboundOutcome;
import com.escalationdesk.mail.InboundRow;
import com.escalationdesk.mail.MailChannel;
import com.escalationdesk.mail.MailboxState;
import com.escalationdesk.mail.OutboundRow;
import com.escalationdesk.mail.OutboxState;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admin's email and files: the mailboxes the desk reads and how they fare, the emails read with
 * what became of each (filtered by outcome), and how large files may be.
 */
@Named
@ViewScoped
public class EmailAndFilesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    private MailChannel channel;

    @Inject
    private Attachments attachments;

    private List<MailboxState> mailboxes = List.of();
    private List<InboundRow> emails = List.of();
    private boolean sends;
    private InboundOutcome outcome;
    private List<OutboundRow> sent = List.of();
    private OutboxState outboxState;
    private Integer fileMb;
    private Integer ticketMb;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            mailboxes = channel.mailboxes();
            sends = channel.sends();
            emails = channel.recent(outcome, SHOWN);
            sent = channel.outbox(outboxState, SHOWN);
            AttachmentLimits limits = attachments.limits();
            fileMb = limits.fileMb();
            ticketMb = limits.ticketMb();
        });
    }

    public void filter() {
        FacesActions.attempt(() -> emails = channel.recent(outcome, SHOWN));
    }

    /** The outbox shown again, in the state chosen (all when none). */
    public void filterOutbox() {
        FacesActions.attempt(() -> sent = channel.outbox(outboxState, SHOWN));
    }

    public List<OutboundRow> getSent() {
        return sent;
    }

    public OutboxState[] getOutboxStates() {
        return OutboxState.values();
    }

    public OutboxState getOutboxState() {
        return outboxState;
    }

    public void setOutboxState(OutboxState outboxState) {
        this.outboxState = outboxState;
    }

    public void saveLimits() {
        if (fileMb == null || ticketMb == null) {
            FacesActions.error("Give both limits in MB.");
            return;
        }
        if (FacesActions.attempt(() -> attachments.setLimits(fileMb, ticketMb))) {
            FacesActions.info("Files may now be " + fileMb + " MB each and " + ticketMb + " MB a ticket.");
        }
    }

    public InboundOutcome[] getOutcomes() {
        return InboundOutcome.values();
    }

    public List<MailboxState> getMailboxes() {
        return mailboxes;
    }

    public List<InboundRow> getEmails() {
        return emails;
    }

    public boolean isSends() {
        return sends;
    }

    public InboundOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(InboundOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getFileMb() {
        return fileMb;
    }

    public void setFileMb(Integer fileMb) {
        this.fileMb = fileMb;
    }

    public Integer getTicketMb() {
        return ticketMb;
    }

    public void setTicketMb(Integer ticketMb) {
        this.ticketMb = ticketMb;
    }

    public int getMostFileMb() {
        return AttachmentLimits.MOST_MB;
    }
}
