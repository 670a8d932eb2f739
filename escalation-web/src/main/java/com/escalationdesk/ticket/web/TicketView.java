package com.escalationdesk.ticket.web;

import com.escalationdesk.attachment.AttachmentView;
import com.escalationdesk.attachment.Attachments;
import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffRating;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.policy.EscalationPolicies;
import com.escalationdesk.policy.EscalationProposal;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.shared.web.TicketFiles;
import com.escalationdesk.ticket.NoteAdded;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketDetails;
import com.escalationdesk.ticket.TicketPresence;
import com.escalationdesk.ticket.TicketPresenceView;
import com.escalationdesk.ticket.Tickets;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.file.UploadedFiles;

/**
 * The ticket page: details, notes, the escalation path and the timeline, with the actions the
 * server says the caller may take. Every action reloads the page so it shows what was committed.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tickets tickets;

    @Inject
    private Escalations escalations;

    @Inject
    private Directory directory;

    @Inject
    private EscalationPolicies policies;

    @Inject
    private Knowledge knowledge;

    @Inject
    private Attachments attachments;

    @Inject
    private TicketPresence ticketPresence;

    @Inject
    private com.escalationdesk.reply.CannedReplies cannedReplies;

    /** The caller's canned replies filled from this ticket, read when the reply box first needs them. */
    private List<com.escalationdesk.reply.CannedReplyView> canned;

    private String number;
    /** The newest audit entry the page shows, and what the page's last beat learnt (see {@link #heartbeat}). */
    private long shownSequenceNo;
    private TicketPresenceView presence;
    /** "newest" for the timeline newest first (a view parameter, so the choice stays in the page's address). */
    private String order;
    private TicketDetails ticket;
    /** The escalate dialog's teams and the policy's proposal: null until the dialog's content is first shown. */
    private List<TeamOption> targets;
    private EscalationProposal proposal;

    private String noteBody;
    private List<AttachmentView> files = List.of();
    /** What the browser sent with this request only: the files are the services' once added. */
    private transient UploadedFiles noteFiles;
    private transient UploadedFiles ticketFiles;
    private NoteVisibility noteVisibility = NoteVisibility.INTERNAL;
    private String reassignTo;
    private Priority newPriority;
    private String resolutionSummary;
    private boolean withdrawPendingDecisions;
    private boolean captureArticle;
    // a mutable list: Faces makes the submitted selection a new instance of the bound list's class
    private List<String> solvedBy = new ArrayList<>();
    private Long wrongRoutingEscalation;
    private String wrongRoutingComment;
    private Integer rateComplete;
    private Integer rateSteps;
    private Integer rateTeam;
    private String rateComment;
    private String reopenReason;
    private Long targetTeamId;
    private EscalationReason reason;
    private String issue;
    private String stepsTaken;
    private String needed;
    private String returnReason;
    private String otherNumber;
    private String question;

    public void load() {
        FacesActions.attempt(() -> {
            ticket = tickets.details(number);
            files = attachments.list(number);
        });
        if (ticket != null) {
            shownSequenceNo = ticket.timeline().isEmpty() ? 0 : ticket.timeline().get(ticket.timeline().size() - 1).sequenceNo();
        }
    }

    /**
     * The page's beat (once its scripts have loaded, then every few seconds): who else has the ticket open,
     * and whether someone else changed it since the page showed it.
     */
    public void heartbeat() {
        if (ticket == null) {
            return;
        }
        try {
            boolean writing = "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("writing"));
            presence = ticketPresence.beat(number, shownSequenceNo, writing);
        } catch (RuntimeException e) {
            // a beat that failed (the ticket gone out of reach, two of one's own tabs beating at once) changes
            // nothing on the page: the next beat tells again
        }
    }

    /** The canned replies the caller may insert (their own and their team's), filled from this ticket. */
    public List<com.escalationdesk.reply.CannedReplyView> getCanned() {
        if (canned == null) {
            canned = List.of();
            FacesActions.attempt(() -> canned = cannedReplies.filledFor(number));
        }
        return canned;
    }

    public TicketPresenceView getPresence() {
        return presence;
    }

    /** "Tom Becker" or "Tom Becker and Lena Hoffmann": who else has the ticket open. */
    public String getOthersText() {
        return names(presence == null ? List.of() : presence.others());
    }

    /** Who else is writing in the conversation, named as {@link #getOthersText} names them. */
    public String getWritersText() {
        return names(presence == null ? List.of() : presence.writers());
    }

    private static String names(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The files of a note, reply or customer message, oldest first. */
    public List<AttachmentView> filesOf(long noteId) {
        return files.stream().filter(f -> Long.valueOf(noteId).equals(f.noteId())).toList();
    }

    /** Every file of the ticket, with where it came from. */
    public List<AttachmentView> getFiles() {
        return files;
    }

    /** Where a file came with, in words for the Files panel. */
    public String cameWith(AttachmentView file) {
        if (file.noteId() == null) {
            return file.forCustomer() ? "with the customer's request" : "on the ticket (staff only)";
        }
        return ticket.notes().stream().filter(n -> n.id() == file.noteId()).findFirst()
                .map(n -> switch (n.visibility()) {
                    case INTERNAL -> "on an internal note by " + n.author();
                    case PUBLIC -> "on a reply to the customer by " + n.author();
                    case CUSTOMER -> "on a message from " + n.author();
                }).orElse("on a note");
    }

    public String attachFiles() {
        List<NewFile> chosen = TicketFiles.chosen(ticketFiles);
        if (chosen.isEmpty()) {
            FacesActions.error("Choose a file to attach first.");
            return null;
        }
        return reloadAfter(() -> attachments.attach(number, chosen),
                chosen.size() == 1 ? "File attached." : chosen.size() + " files attached.");
    }

    public UploadedFiles getNoteFiles() {
        return noteFiles;
    }

    public void setNoteFiles(UploadedFiles noteFiles) {
        this.noteFiles = noteFiles;
    }

    public UploadedFiles getTicketFiles() {
        return ticketFiles;
    }

    public void setTicketFiles(UploadedFiles ticketFiles) {
        this.ticketFiles = ticketFiles;
    }

    /**
     * Reads the escalate dialog's choices the first time the dialog needs them: its content is loaded
     * when it is opened, so the teams and the policy's proposal are not worked out for every view of
     * the page.
     */
    private void prepareEscalation() {
        if (targets != null || ticket == null) {
            return;
        }
        targets = List.of();
        FacesActions.attempt(() -> {
            targets = directory.teams().stream().filter(t -> !t.name().equals(ticket.team())).toList();
            if (ticket.actions().escalate()) {
                proposal = policies.proposal(number, null);
                if (targetTeamId == null) {
                    targetTeamId = proposal.teamId();
                }
            }
        });
    }

    /** The policy may route by the reason: propose again, keeping a team the agent chose over the proposal. */
    public void reasonChosen() {
        prepareEscalation();
        FacesActions.attempt(() -> {
            Long proposed = proposal == null ? null : proposal.teamId();
            proposal = policies.proposal(number, reason);
            if (targetTeamId == null || targetTeamId.equals(proposed)) {
                targetTeamId = proposal.teamId();
            }
        });
    }

    public String addNote() {
        List<NewFile> chosen = TicketFiles.chosen(noteFiles);
        NoteAdded[] added = new NoteAdded[1];
        return reloadAfter(() -> added[0] = tickets.addNoteTelling(number, noteBody, noteVisibility, chosen),
                () -> (noteVisibility == NoteVisibility.PUBLIC ? "Reply to the customer added." : "Internal note added.")
                        + (added[0].told().isEmpty() ? "" : " Told " + String.join(", ", added[0].told()) + ".")
                        + (added[0].notTold().isEmpty() ? "" : " Not told: " + String.join(", ", added[0].notTold())
                                + " (nobody who may see this ticket has that login)."));
    }

    public String claim() {
        return reloadAfter(() -> tickets.claim(number), "Ticket " + number + " is yours.");
    }

    public String reassign() {
        return reloadAfter(() -> tickets.reassign(number, reassignTo), "Ticket " + number + " reassigned.");
    }

    public String changePriority() {
        return reloadAfter(() -> tickets.changePriority(number, newPriority), "Priority of " + number + " changed to "
                + (newPriority == null ? "" : newPriority.label()) + "; its service levels follow the policy that covers it now.");
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Priority getNewPriority() {
        return newPriority;
    }

    public void setNewPriority(Priority newPriority) {
        this.newPriority = newPriority;
    }

    public String waitOnCustomer() {
        return reloadAfter(() -> tickets.waitOnCustomer(number, question),
                "Question sent; ticket " + number + " now waits on the customer.");
    }

    public String resume() {
        return reloadAfter(() -> tickets.resume(number), "Work on ticket " + number + " resumed.");
    }

    /** Resolves; with "capture an article" ticked, goes on to the article editor prefilled from the ticket. */
    public String resolve() {
        String next = reloadAfter(() -> tickets.resolve(number, resolutionSummary, withdrawPendingDecisions),
                "Ticket " + number + " resolved.");
        if (next == null) {
            return null;
        }
        linkSolvingArticles();
        return captureArticle ? "/knowledge/edit?faces-redirect=true&from=" + number : next;
    }

    /**
     * Links the articles the agent ticked in the resolve dialog as having solved the ticket, once the
     * resolution is committed, so that each counts as a solve. A link refused (an article archived
     * meanwhile) leaves the resolution standing and says which article and why.
     */
    private void linkSolvingArticles() {
        for (String article : solvedBy) {
            String failure = FacesActions.failureOf(() -> knowledge.link(number, article));
            if (failure == null) {
                FacesActions.info(article + " linked as having solved it.");
            } else {
                FacesActions.warnAfterwards(article + " was not linked: " + failure);
            }
        }
    }

    public List<String> getSolvedBy() {
        return solvedBy;
    }

    public void setSolvedBy(List<String> solvedBy) {
        this.solvedBy = solvedBy == null ? new ArrayList<>() : new ArrayList<>(solvedBy);
    }

    public boolean isCaptureArticle() {
        return captureArticle;
    }

    public void setCaptureArticle(boolean captureArticle) {
        this.captureArticle = captureArticle;
    }

    public boolean isWithdrawPendingDecisions() {
        return withdrawPendingDecisions;
    }

    public void setWithdrawPendingDecisions(boolean withdrawPendingDecisions) {
        this.withdrawPendingDecisions = withdrawPendingDecisions;
    }

    public String reopen() {
        return reloadAfter(() -> tickets.reopen(number, reopenReason), "Ticket " + number + " reopened.");
    }

    public String close() {
        return reloadAfter(() -> tickets.close(number), "Ticket " + number + " closed.");
    }

    public String withdraw() {
        return reloadAfter(() -> escalations.withdraw(ticket.pending().id()), "Escalation withdrawn; the ticket is back with "
                + ticket.pending().fromTeam() + ".");
    }

    public String escalate() {
        return reloadAfter(() -> escalations.escalate(new EscalationRequest(number, targetTeamId, reason, issue,
                stepsTaken, needed)), "Ticket " + number + " escalated.");
    }

    public String link() {
        return reloadAfter(() -> tickets.link(number, otherNumber), () -> "Linked to " + normalized(otherNumber) + ".");
    }

    public String unlink(String relatedNumber) {
        return reloadAfter(() -> tickets.unlink(number, relatedNumber), "Unlinked from " + relatedNumber + ".");
    }

    public String merge() {
        return reloadAfter(() -> tickets.merge(number, otherNumber),
                () -> number + " merged into " + normalized(otherNumber) + " as a duplicate; work carries on there.");
    }

    private static String normalized(String ticketNumber) {
        return ticketNumber == null ? "" : ticketNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getOtherNumber() {
        return otherNumber;
    }

    public void setOtherNumber(String otherNumber) {
        this.otherNumber = otherNumber;
    }

    public String accept() {
        return reloadAfter(() -> escalations.accept(ticket.pending().id(), rating()),
                "Escalation accepted; the ticket is yours.");
    }

    public String returnEscalation() {
        return reloadAfter(() -> escalations.returnToSender(ticket.pending().id(), returnReason, rating()),
                "Escalation returned to " + ticket.pending().fromTeam() + ".");
    }

    /**
     * "This routing was wrong" about the policy rule that routed one of the ticket's escalations, or,
     * with no escalation named, the ticket at intake.
     */
    public String reportWrongRouting() {
        return reloadAfter(() -> {
            if (wrongRoutingEscalation == null) {
                policies.reportWrongIntakeRouting(number, wrongRoutingComment);
            } else {
                policies.reportWrongRouting(wrongRoutingEscalation, wrongRoutingComment);
            }
        }, "Thank you: the admins will review that routing.");
    }

    public Long getWrongRoutingEscalation() {
        return wrongRoutingEscalation;
    }

    public void setWrongRoutingEscalation(Long wrongRoutingEscalation) {
        this.wrongRoutingEscalation = wrongRoutingEscalation;
    }

    public String getWrongRoutingComment() {
        return wrongRoutingComment;
    }

    public void setWrongRoutingComment(String wrongRoutingComment) {
        this.wrongRoutingComment = wrongRoutingComment;
    }

    /** The handoff rating as entered: none at all is no rating; a partial one is refused with its reason. */
    private HandoffRating rating() {
        return HandoffRating.ofOptional(rateComplete, rateSteps, rateTeam, rateComment);
    }

    public Integer getRateComplete() {
        return rateComplete;
    }

    public void setRateComplete(Integer rateComplete) {
        this.rateComplete = rateComplete;
    }

    public Integer getRateSteps() {
        return rateSteps;
    }

    public void setRateSteps(Integer rateSteps) {
        this.rateSteps = rateSteps;
    }

    public Integer getRateTeam() {
        return rateTeam;
    }

    public void setRateTeam(Integer rateTeam) {
        this.rateTeam = rateTeam;
    }

    public String getRateComment() {
        return rateComment;
    }

    public void setRateComment(String rateComment) {
        this.rateComment = rateComment;
    }

    String reloadAfter(Runnable action, String confirmation) {
        return reloadAfter(action, () -> confirmation);
    }

    /** Runs an action on this ticket; on success, confirms it and reloads the page so it shows what was committed. */
    String reloadAfter(Runnable action, Supplier<String> confirmation) {
        if (ticket == null || !FacesActions.attempt(action)) {
            return null;
        }
        FacesActions.info(confirmation.get());
        return "/ticket/view?faces-redirect=true&number=" + number;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    /** Whether the timeline reads newest first. */
    public boolean isNewestFirst() {
        return "newest".equals(order);
    }

    /** The ticket's timeline in the order chosen: oldest first unless asked otherwise. */
    public List<com.escalationdesk.audit.TimelineEntry> getTimeline() {
        if (ticket == null) {
            return List.of();
        }
        List<com.escalationdesk.audit.TimelineEntry> entries = ticket.timeline();
        if (!isNewestFirst()) {
            return entries;
        }
        List<com.escalationdesk.audit.TimelineEntry> newest = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(newest);
        return newest;
    }

    public TicketDetails getTicket() {
        return ticket;
    }

    public EscalationProposal getProposal() {
        prepareEscalation();
        return proposal;
    }

    public List<TeamOption> getTargets() {
        prepareEscalation();
        return targets;
    }

    public EscalationReason[] getReasons() {
        return EscalationReason.chosenByAgents();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public NoteVisibility[] getNoteVisibilities() {
        return NoteVisibility.writtenByAgents();
    }

    public NoteVisibility getNoteVisibility() {
        return noteVisibility;
    }

    public void setNoteVisibility(NoteVisibility noteVisibility) {
        this.noteVisibility = noteVisibility;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }

    public String getResolutionSummary() {
        return resolutionSummary;
    }

    public void setResolutionSummary(String resolutionSummary) {
        this.resolutionSummary = resolutionSummary;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public Long getTargetTeamId() {
        prepareEscalation();
        return targetTeamId;
    }

    public void setTargetTeamId(Long targetTeamId) {
        this.targetTeamId = targetTeamId;
    }

    public EscalationReason getReason() {
        return reason;
    }

    public void setReason(EscalationReason reason) {
        this.reason = reason;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getStepsTaken() {
        return stepsTaken;
    }

    public void setStepsTaken(String stepsTaken) {
        this.stepsTaken = stepsTaken;
    }

    public String getNeeded() {
        return needed;
    }

    public void setNeeded(String needed) {
        this.needed = needed;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
