package com.escalationdesk.ticket;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.approval.PendingDecisions;
import com.escalationdesk.attachment.AttachmentStore;
import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.customer.CustomerEvent;
import com.escalationdesk.customer.CustomerNotices;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.ManagerScope;
import com.escalationdesk.directory.NewCustomer;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationPath;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.PathStop;
import com.escalationdesk.escalation.PathStopView;
import com.escalationdesk.escalation.TierTime;
import com.escalationdesk.policy.PolicyEngine;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.ReadableDuration;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.sla.SlaClockView;
import com.escalationdesk.sla.SlaClocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/** Taking in, reading and annotating tickets. */
@Stateless
@Boundary
public class Tickets {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AuditTrail audit;

    @Inject
    private PolicyEngine policy;

    @Inject
    private ManagerScope scope;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private CustomerNotices customerNotices;

    @Inject
    private PendingDecisions pendingDecisions;

    @Inject
    private TicketEvents events;

    @Inject
    private TicketOpening opening;

    @Inject
    private AttachmentStore attachments;

    @Inject
    private Clock clock;

    /** Intake on a customer's behalf; the ticket starts with the calling agent and their team. */
    @RolesAllowed(Role.AGENT_NAME)
    public String open(NewTicket request) {
        Agent caller = callers.current();
        RuleViolation.require(request, "Ticket");
        Customer customer = customerFor(request);
        Ticket ticket = new Ticket(customer, request.subject(), request.description(), request.category(),
                request.priority(), caller, request.keep(), clock.instant());
        return opening.open(ticket, request.newCustomer() != null, caller.getLoginName(), "", numbered -> { });
    }

    /** The known customer chosen, or the new one entered, created with the ticket. */
    private Customer customerFor(NewTicket request) {
        NewCustomer entered = request.newCustomer();
        if (entered != null && request.customerId() != null) {
            throw new RuleViolation("Choose a known customer or enter a new one, not both.");
        }
        if (entered != null) {
            String email = entered.email() == null ? "" : entered.email().strip().toLowerCase(Locale.ROOT);
            em.createNamedQuery(Customer.BY_EMAIL, Customer.class).setParameter("email", email).getResultStream()
                    .findFirst().ifPresent(known -> {
                        throw new RuleViolation("A customer with the email " + email + " is known already: "
                                + known.getName() + "; choose them instead.");
                    });
            Customer customer = new Customer(entered.name(), email, entered.segment(), entered.zoneOrUtc());
            em.persist(customer);
            return customer;
        }
        if (request.customerId() == null) {
            throw new RuleViolation("Choose the customer, or enter a new one.");
        }
        Customer customer = em.find(Customer.class, request.customerId());
        if (customer == null) {
            throw new NotFound("That customer no longer exists.");
        }
        return customer;
    }

    /** Adds an internal note or a public reply; returns the note's id. */
    @RolesAllowed(Role.AGENT_NAME)
    public long addNote(String ticketNumber, String body, NoteVisibility visibility) {
        return addNote(ticketNumber, body, visibility, List.of());
    }

    /**
     * Adds an internal note or a public reply with files, all or nothing; returns the note's id. The
     * customer sees the files of a public reply; an internal note's stay with the staff.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public long addNote(String ticketNumber, String body, NoteVisibility visibility, List<NewFile> files) {
        return addNoteTelling(ticketNumber, body, visibility, files).id();
    }

    /**
     * Adds a note as {@link #addNote(String, String, NoteVisibility, List)} does, and an internal
     * note's {@code @login}s tell those colleagues (a notice, and an email as they chose); says whom it
     * told and which names it could not (nobody of that login, or somebody who may not see the ticket).
     */
    @RolesAllowed(Role.AGENT_NAME)
    public NoteAdded addNoteTelling(String ticketNumber, String body, NoteVisibility visibility, List<NewFile> files) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, ticket);
        Instant now = clock.instant();
        Note note = ticket.addNote(caller, body, RuleViolation.require(visibility, "Visibility"), now);
        boolean internal = note.isInternal();
        if (!internal) {
            serviceLevels.publicReply(ticket, now);
            customerNotices.tell(ticket, CustomerEvent.REPLY);
        }
        StaleCheck.flush(em, "ticket " + ticketNumber);
        audit.record(AuditEntry.ticketChain(ticketNumber), caller.getLoginName(),
                internal ? AuditAction.NOTE_ADDED : AuditAction.REPLY_ADDED,
                (internal ? "Internal note: " : "Reply to customer: ") + abbreviate(note.getBody()),
                null, Map.of("visibility", note.getVisibility(), "body", note.getBody()));
        if (files != null && !files.isEmpty()) {
            attachments.add(ticket, note, files, caller.getLoginName());
        }
        List<String> told = new ArrayList<>();
        List<String> notTold = new ArrayList<>();
        if (internal) {
            List<Agent> colleagues = new ArrayList<>();
            for (String login : Mentions.in(note.getBody())) {
                Agent colleague = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", login)
                        .getResultStream().findFirst().orElse(null);
                if (colleague == null || !colleague.isActive() || colleague.isIntegration() || !TierPolicy.mayView(colleague, ticket)) {
                    notTold.add("@" + login);
                } else if (!colleague.getLoginName().equals(caller.getLoginName())) {
                    colleagues.add(colleague);
                    told.add(colleague.getDisplayName());
                }
            }
            if (!colleagues.isEmpty()) {
                events.raise(new TicketEvent.ColleaguesMentioned(ticket, caller, colleagues, abbreviate(note.getBody()), now, false));
            }
        }
        return new NoteAdded(note.getId(), told, notTold);
    }

    /** The ticket's conversation, oldest first: notes, replies and the customer's messages. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<NoteView> notes(String ticketNumber) {
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(callers.current(), t);
        return t.getNotes().stream().map(NoteView::of).toList();
    }

    /** The case is more or less urgent than judged; its service-level clocks move to the policy that covers it now. */
    @RolesAllowed(Role.AGENT_NAME)
    public void changePriority(String ticketNumber, Priority priority) {
        StringBuilder serviceLevelChange = new StringBuilder();
        change(ticketNumber, AuditAction.PRIORITY_CHANGED, (caller, t) -> {
            Priority was = t.getPriority();
            t.reprioritize(priority, clock.instant());
            serviceLevelChange.append("Priority changed from ").append(was.label()).append(" to ").append(priority.label());
            serviceLevels.retarget(t, clock.instant()).ifPresent(change -> serviceLevelChange.append("; ").append(change));
        }, (caller, t) -> serviceLevelChange.toString());
    }

    /** The case belongs under another category; its service-level clocks move to the policy that covers it now. */
    @RolesAllowed(Role.AGENT_NAME)
    public void changeCategory(String ticketNumber, Category category) {
        StringBuilder change = new StringBuilder();
        change(ticketNumber, AuditAction.CATEGORY_CHANGED, (caller, t) -> {
            Category was = t.getCategory();
            t.recategorize(category, clock.instant());
            change.append("Category changed from ").append(was.label()).append(" to ").append(category.label());
            serviceLevels.retarget(t, clock.instant()).ifPresent(sla -> change.append("; ").append(sla));
        }, (caller, t) -> change.toString());
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void claim(String ticketNumber) {
        change(ticketNumber, AuditAction.TICKET_CLAIMED, (caller, t) -> t.claim(caller, clock.instant()),
                (caller, t) -> "Claimed by " + caller.getDisplayName());
    }

    /** Hands the ticket to another agent of its team. */
    @RolesAllowed(Role.AGENT_NAME)
    public void reassign(String ticketNumber, String agentLogin) {
        Agent target = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", agentLogin)
                .getResultStream().filter(Agent::isActive).findFirst()
                .orElseThrow(() -> new NotFound("There is no active agent " + agentLogin + "."));
        change(ticketNumber, AuditAction.TICKET_REASSIGNED, (caller, t) -> t.reassign(target, clock.instant()),
                (caller, t) -> "Reassigned to " + target.getDisplayName());
    }

    /**
     * Asks the customer for what the case needs and waits for the answer: the question is a public
     * reply (so it meets the first response) and reaches the customer in the "waiting on you" email,
     * the one email of this step; the clocks pause.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public void waitOnCustomer(String ticketNumber, String question) {
        customerNotices.tell(change(ticketNumber, AuditAction.WAITING_ON_CUSTOMER, (caller, t) -> {
            Instant now = clock.instant();
            t.askCustomer(caller, question, now);
            serviceLevels.publicReply(t, now);
        }, (caller, t) -> "Waiting on the customer, who was asked: " + abbreviate(question)), CustomerEvent.WAITING_ON_YOU);
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void resume(String ticketNumber) {
        change(ticketNumber, AuditAction.RESUMED, (caller, t) -> t.resume(clock.instant()),
                (caller, t) -> "Work resumed");
    }

    /** Resolves a ticket; refused while a decision on it waits for approval (see the three-argument form). */
    @RolesAllowed(Role.AGENT_NAME)
    public void resolve(String ticketNumber, String resolutionSummary) {
        resolve(ticketNumber, resolutionSummary, false);
    }

    /**
     * Resolves a ticket. Decisions on it that still wait for approval are withdrawn with the
     * resolution as their reason, and their approvers told, but only when the agent confirmed
     * that ({@code withdrawPendingDecisions}); otherwise the resolution is refused with what waits.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public void resolve(String ticketNumber, String resolutionSummary, boolean withdrawPendingDecisions) {
        Ticket resolved = change(ticketNumber, AuditAction.TICKET_RESOLVED, (caller, t) -> {
            String waiting = pendingDecisions.confirmationNeeded(t);
            if (waiting != null && !withdrawPendingDecisions) {
                throw new RuleViolation(waiting);
            }
            t.resolve(resolutionSummary, clock.instant());
        }, (caller, t) -> "Resolved: " + t.getResolutionSummary());
        events.raise(new TicketEvent.Resolved(resolved, callers.current(), clock.instant(), false));
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void reopen(String ticketNumber, String reason) {
        Ticket reopened = change(ticketNumber, AuditAction.TICKET_REOPENED, (caller, t) -> t.reopen(reason, clock.instant()),
                (caller, t) -> "Reopened (" + t.getReopenCount() + (t.getReopenCount() == 1 ? " time" : " times")
                        + "): " + reason.strip());
        events.raise(new TicketEvent.Reopened(reopened, callers.current(), reason.strip(), clock.instant(), false));
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void close(String ticketNumber) {
        change(ticketNumber, AuditAction.TICKET_CLOSED, (caller, t) -> t.close(clock.instant()),
                (caller, t) -> "Closed");
    }

    /** Links a ticket the caller works to another they may see, in both directions. */
    @RolesAllowed(Role.AGENT_NAME)
    public void link(String ticketNumber, String otherNumber) {
        relate(ticketNumber, otherNumber, true);
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void unlink(String ticketNumber, String otherNumber) {
        relate(ticketNumber, otherNumber, false);
    }

    private void relate(String ticketNumber, String otherNumber, boolean link) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, ticket);
        Ticket other = tickets.byNumber(otherNumber);
        TierPolicy.requireView(caller, other);
        if (link) {
            ticket.linkTo(other, clock.instant());
        } else {
            ticket.unlink(other, clock.instant());
        }
        ticket.workedOnBy(caller);
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        AuditAction action = link ? AuditAction.TICKET_LINKED : AuditAction.TICKET_UNLINKED;
        String verb = link ? "Linked to " : "Unlinked from ";
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(), action,
                verb + other.getNumber() + ": " + other.getSubject(), null, Map.of("related", other.getNumber(), "linked", link));
        audit.record(AuditEntry.ticketChain(other.getNumber()), caller.getLoginName(), action,
                verb + ticket.getNumber() + ": " + ticket.getSubject(), null, Map.of("related", ticket.getNumber(), "linked", link));
    }

    /**
     * Closes a duplicate the caller works into a ticket of the same customer they may see; the
     * duplicate keeps its history and points to the survivor, which carries its description on.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public void merge(String duplicateNumber, String survivorNumber) {
        Agent caller = callers.current();
        Ticket duplicate = tickets.byNumber(duplicateNumber);
        TierPolicy.requireWork(caller, duplicate);
        Ticket survivor = tickets.byNumber(survivorNumber);
        TierPolicy.requireView(caller, survivor);
        Map<String, Object> before = duplicate.auditState();
        Map<String, Object> survivorBefore = survivor.auditState();
        duplicate.mergeInto(survivor, caller, clock.instant());
        serviceLevels.follow(duplicate, clock.instant());
        StaleCheck.flush(em, "tickets " + duplicate.getNumber() + " and " + survivor.getNumber());
        audit.record(AuditEntry.ticketChain(duplicate.getNumber()), caller.getLoginName(), AuditAction.TICKET_MERGED,
                "Merged into " + survivor.getNumber() + " as a duplicate; work carries on there", before,
                duplicate.auditState());
        audit.record(AuditEntry.ticketChain(survivor.getNumber()), caller.getLoginName(), AuditAction.DUPLICATE_MERGED_IN,
                "Duplicate " + duplicate.getNumber() + " (" + duplicate.getSubject() + ") merged into this ticket",
                survivorBefore, survivor.auditState());
    }

    /** A change by an agent who works the ticket, audited with the state before and after. */
    private Ticket change(String ticketNumber, AuditAction action, BiConsumer<Agent, Ticket> operation,
            BiFunction<Agent, Ticket, String> summary) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, ticket);
        Map<String, Object> before = ticket.auditState();
        operation.accept(caller, ticket);
        serviceLevels.follow(ticket, clock.instant());
        ticket.workedOnBy(caller);
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(), action,
                summary.apply(caller, ticket), before, ticket.auditState());
        return ticket;
    }

    @RolesAllowed(Role.AGENT_NAME)
    public List<TicketSummary> myQueue() {
        return summaries(em.createNamedQuery(Ticket.ASSIGNED_TO, Ticket.class)
                .setParameter("agent", callers.current())
                .setMaxResults(500)
                .getResultList());
    }

    /** One page of the caller's queue, sorted and filtered in the database. */
    @RolesAllowed(Role.AGENT_NAME)
    public List<TicketSummary> queue(QueueQuery query) {
        return summaries(QueueQueries.page(em, callers.current(), RuleViolation.require(query, "Queue")));
    }

    /** How many tickets the queue holds with that filter. */
    @RolesAllowed(Role.AGENT_NAME)
    public long queueSize(QueueQuery query) {
        return QueueQueries.count(em, callers.current(), RuleViolation.require(query, "Queue"));
    }

    /**
     * Active tickets that bounced between teams (returned, or moved between the same teams twice):
     * by default those that passed through the caller's teams; with {@code allTeams}, the whole desk.
     */
    @RolesAllowed(Role.MANAGER_NAME)
    public List<TicketSummary> bounced(boolean allTeams) {
        if (allTeams) {
            return summaries(em.createNamedQuery(Ticket.BOUNCED, Ticket.class).setMaxResults(500)
                    .getResultList());
        }
        Set<Team> teams = scope.teamsOf(callers.current());
        if (teams.isEmpty()) {
            return List.of();
        }
        // Filtered here rather than in SQL: EclipseLink inlines the flag as 1 once the query carries the
        // teams, and H2 2 refuses to compare that with a boolean column. Active bounced tickets are few.
        return summaries(em.createNamedQuery(Ticket.BOUNCED, Ticket.class).setMaxResults(5000).getResultStream()
                .filter(t -> teams.contains(t.getTeam()) || t.getEscalations().stream()
                        .anyMatch(e -> teams.contains(e.getFromTeam()) || teams.contains(e.getToTeam())))
                .limit(500).toList());
    }

    /** The active tickets of the caller's team, including escalations waiting for the team to accept them. */
    @RolesAllowed(Role.AGENT_NAME)
    public List<TicketSummary> teamQueue() {
        return summaries(em.createNamedQuery(Ticket.TEAM_QUEUE, Ticket.class)
                .setParameter("team", callers.current().getTeam())
                .setMaxResults(500)
                .getResultList());
    }

    /** Queue rows, with each ticket's headline service-level clock read for the whole list at once. */
    private List<TicketSummary> summaries(List<Ticket> page) {
        Map<Long, SlaClockView> headlines = serviceLevels.headlines(page, clock.instant());
        return page.stream().map(t -> TicketSummary.of(t, headlines.get(t.getId()))).toList();
    }

    /** The ticket as it is now, for another system: what the ticket page shows of it, without its history. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TicketSnapshot snapshot(String ticketNumber) {
        Agent caller = callers.current();
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(caller, t);
        return TicketSnapshot.of(t);
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TicketDetails details(String ticketNumber) {
        Agent caller = callers.current();
        Ticket t = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(caller, t);
        Escalation pending = t.pendingEscalation().orElse(null);
        boolean work = TierPolicy.mayWork(caller, t);
        TicketActions actions = new TicketActions(work, work && t.isWorkable(),
                pending != null && TierPolicy.mayDecide(caller, pending),
                pending != null && TierPolicy.mayWithdraw(caller, pending),
                work && t.isWorkable() && t.getAssignee() == null, work && t.isWorkable(),
                work && t.canWaitOnCustomer(), work && t.canResume(), work && t.canResolve(), work && t.canReopen(),
                work && t.canClose(), work && t.getMergedInto() == null, work && t.canMerge(),
                work && t.getStatus().isActive());
        List<PathStop> path = EscalationPath.of(t, clock.instant());
        List<AgentOption> teammates = actions.reassign()
                ? em.createNamedQuery(Agent.IN_TEAM, Agent.class).setParameter("team", t.getTeam()).getResultStream()
                        .filter(a -> !a.sameAs(t.getAssignee())).map(AgentOption::of).toList()
                : List.of();
        return new TicketDetails(t.getNumber(), t.getSubject(), t.getDescription(), t.getCustomer().getName(),
                t.getCustomer().getEmail(), t.getCategory(), t.getPriority(), t.getStatus(), t.getTeam().getName(),
                t.getTeam().getTier().label(), t.getAssignee() == null ? null : t.getAssignee().getDisplayName(),
                t.getCreatedAt(), t.getResolutionSummary(), t.getReopenCount(), t.isBounced(),
                t.getNotes().stream().map(NoteView::of).toList(),
                t.getEscalations().stream().map(e -> EscalationView.of(e, clock.instant())).toList(),
                pending == null ? null : EscalationView.of(pending, clock.instant()),
                path.stream().map(PathStopView::of).toList(),
                EscalationPath.timePerTier(path).entrySet().stream()
                        .map(e -> new TierTime(e.getKey().label(), ReadableDuration.of(e.getValue()))).toList(),
                audit.timeline(AuditEntry.ticketChain(t.getNumber())), teammates, actions,
                t.getRelated().stream().map(r -> new RelatedTicket(r.getNumber(), r.getSubject(), r.getStatus(),
                        r.getTeam().getName(), TierPolicy.mayView(caller, r), t.equals(r.getMergedInto()))).toList(),
                t.getMergedInto() == null ? null : t.getMergedInto().getNumber(),
                serviceLevels.views(t, clock.instant()), t.isUnderManagementReview() ? t.getReviewRequestedAt() : null,
                t.getFeedback(), t.getIntakeRule() == null ? null
                        : com.escalationdesk.policy.PolicyVerdict.describe(t.getIntakePolicyVersion(), t.getIntakeRule()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
