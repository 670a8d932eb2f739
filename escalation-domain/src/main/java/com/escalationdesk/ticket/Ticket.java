package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationState;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregate root of a customer's case. It owns its notes and escalations and is the only place
 * that changes its status, team and assignee, so the rules of escalating hold however it is called.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
@NamedQuery(name = Ticket.BY_IDS, query = "select t from Ticket t join fetch t.team left join fetch t.assignee where t.id in :ids")
@NamedQuery(name = Ticket.ASSIGNED_TO, query = "select t from Ticket t where t.assignee = :agent"
        + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED, com.escalationdesk.ticket.TicketStatus.CLOSED)"
        + " order by t.updatedAt desc")
@NamedQuery(name = Ticket.BOUNCED, query = "select t from Ticket t where t.bounced = true"
        + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED, com.escalationdesk.ticket.TicketStatus.CLOSED)"
        + " order by t.updatedAt desc")
@NamedQuery(name = Ticket.TEAM_QUEUE, query = "select t from Ticket t where t.team = :team"
        + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED, com.escalationdesk.ticket.TicketStatus.CLOSED)"
        + " order by t.updatedAt desc")
@NamedQuery(name = Ticket.ACTIVE_OF_CUSTOMER, query = "select t from Ticket t where t.customer = :customer"
        + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED, com.escalationdesk.ticket.TicketStatus.CLOSED)"
        + " order by t.id")
public class Ticket {

    public static final String ACTIVE_OF_CUSTOMER = "Ticket.activeOfCustomer";
    public static final String BY_NUMBER = "Ticket.byNumber";
    public static final String BY_IDS = "Ticket.byIds";
    public static final String ASSIGNED_TO = "Ticket.assignedTo";
    public static final String TEAM_QUEUE = "Ticket.teamQueue";
    public static final String BOUNCED = "Ticket.bounced";

    /** Tickets are numbered from here so that numbers look the same length for a long time. */
    public static final long FIRST_NUMBER = 10001;
    public static final String NUMBER_PREFIX = "ESC-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", initialValue = (int) FIRST_NUMBER,
            allocationSize = 1)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 20)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TicketStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    /**
     * The team's id as the column holds it, for queries that need nothing more of the team (read only;
     * {@code team} is what changes it). {@code t.team.id} joins the team's table, and H2 then started
     * from the teams and read every ticket of them.
     */
    @Column(name = "team_id", insertable = false, updatable = false)
    private Long teamId;

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private Agent assignee;

    /*
     * The keys of the team and the assignee, read only, for the queues' sort: ordering by team.id
     * made EclipseLink sort by the joined team's id, which the database cannot read from the ticket's
     * (team_id, updated_at, id) index, so it sorted all of a team's tickets (V18).
     */
    @Column(name = "team_id", insertable = false, updatable = false)
    private Long teamKey;

    @Column(name = "assignee_id", insertable = false, updatable = false)
    private Long assigneeKey;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<Note> notes = new ArrayList<>();

    /** Everyone who has worked the ticket: took it in, held it, wrote on it, escalated or decided on it. */
    @ManyToMany
    @JoinTable(name = "ticket_worker", joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "agent_id"))
    private Set<Agent> workers = new HashSet<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt, id")
    private List<Escalation> escalations = new ArrayList<>();

    /** Tickets about the same matter, linked in both directions. */
    @ManyToMany
    @JoinTable(name = "ticket_relation", joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderBy("id")
    private List<Ticket> related = new ArrayList<>();

    /** Set when this ticket was a duplicate, closed into the ticket that carries on. */
    @ManyToOne
    @JoinColumn(name = "merged_into_id")
    private Ticket mergedInto;

    @Column(name = "resolution_summary", length = 4000)
    private String resolutionSummary;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    /** The escalation policy's rule that routed the ticket at intake, if one did, and its version. */
    @Column(name = "intake_policy_version")
    private Integer intakePolicyVersion;

    @Column(name = "intake_rule", length = 200)
    private String intakeRule;

    /** The customer's answers about each resolution, from the status page's survey, first resolution first. */
    @ElementCollection
    @CollectionTable(name = "resolution_feedback", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderBy("resolution")
    private List<ResolutionFeedback> feedback = new ArrayList<>();

    /** When the customer asked for a manager and no other team was to take the case: its leads review it. */
    @Column(name = "review_requested_at")
    private Instant reviewRequestedAt;

    /** Set once the ticket was returned by a team, or moved between the same two teams twice. */
    @Column(name = "bounced", nullable = false)
    private boolean bounced;

    /** When the soonest running service-level clock falls due: what the queues sort and colour by. */
    @Column(name = "sla_due_at")
    private Instant slaDueAt;

    /** When that clock enters its at-risk zone. */
    @Column(name = "sla_at_risk_at")
    private Instant slaAtRiskAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Ticket() {
        // for JPA
    }

    /** Intake by an agent on the customer's behalf, who keeps the ticket: it starts open, assigned to them. */
    public Ticket(Customer customer, String subject, String description, Category category, Priority priority,
            Agent intakeAgent, Instant now) {
        this(customer, subject, description, category, priority, intakeAgent, true, now);
    }

    /**
     * Intake by an agent on the customer's behalf, into the agent's team: assigned to the agent
     * (open), or left new and unassigned in the team queue for someone to claim.
     */
    public Ticket(Customer customer, String subject, String description, Category category, Priority priority,
            Agent intakeAgent, boolean keep, Instant now) {
        this.customer = RuleViolation.require(customer, "Customer");
        this.subject = RuleViolation.requireText(subject, "Subject", 200);
        this.description = RuleViolation.requireText(description, "Description", 4000);
        this.category = RuleViolation.require(category, "Category");
        this.priority = RuleViolation.require(priority, "Priority");
        RuleViolation.require(intakeAgent, "Agent");
        if (intakeAgent.getTeam() == null) {
            throw new RuleViolation("Only an agent of a team can take in a ticket.");
        }
        this.team = intakeAgent.getTeam();
        this.assignee = keep ? intakeAgent : null;
        this.workers.add(intakeAgent);
        this.status = keep ? TicketStatus.OPEN : TicketStatus.NEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Written in by the customer on their own (an email to the desk): new and unassigned in the queue
     * of the team that reads that channel, for someone to claim.
     */
    public static Ticket writtenIn(Customer customer, String subject, String description, Category category, Priority priority,
            Team team, Instant now) {
        Ticket ticket = new Ticket();
        ticket.customer = RuleViolation.require(customer, "Customer");
        ticket.subject = RuleViolation.requireText(subject, "Subject", 200);
        ticket.description = RuleViolation.requireText(description, "Description", 4000);
        ticket.category = RuleViolation.require(category, "Category");
        ticket.priority = RuleViolation.require(priority, "Priority");
        ticket.team = RuleViolation.require(team, "Team");
        ticket.status = TicketStatus.NEW;
        ticket.createdAt = now;
        ticket.updatedAt = now;
        return ticket;
    }

    /**
     * The escalation policy sends a ticket just taken in to another team: it waits there, new and
     * unassigned, for that team to claim it.
     */
    public void routeAtIntake(Team target, Instant now) {
        routeAtIntake(target, null, null, now);
    }

    /** Routed by the named rule of the given policy version, which is remembered so that agents can question it. */
    public void routeAtIntake(Team target, Integer policyVersion, String rule, Instant now) {
        RuleViolation.require(target, "Team");
        this.intakePolicyVersion = policyVersion;
        this.intakeRule = rule;
        if (number != null || !escalations.isEmpty()) {
            throw new RuleViolation("Only a ticket being taken in is routed by the intake policy.");
        }
        if (target.sameAs(team)) {
            return;
        }
        team = target;
        assignee = null;
        status = TicketStatus.NEW;
        updatedAt = now;
    }

    public void changePriority(Priority newPriority, Instant now) {
        this.priority = RuleViolation.require(newPriority, "Priority");
        updatedAt = now;
    }

    /** An agent judges the case more or less urgent than it was; its service levels follow. */
    public void reprioritize(Priority newPriority, Instant now) {
        RuleViolation.require(newPriority, "Priority");
        if (!status.isActive()) {
            throw new RuleViolation(number + " is " + status.label().toLowerCase() + "; reopen it to change its priority.");
        }
        if (newPriority == priority) {
            throw new RuleViolation(number + " is " + priority.label() + " already.");
        }
        changePriority(newPriority, now);
    }

    /** An agent files the case under another category; the people, clocks and figures follow the new one. */
    public void recategorize(Category newCategory, Instant now) {
        RuleViolation.require(newCategory, "Category");
        if (!status.isActive()) {
            throw new RuleViolation(number + " is " + status.label().toLowerCase() + "; reopen it to change its category.");
        }
        if (newCategory == category) {
            throw new RuleViolation(number + " is filed under " + category.label() + " already.");
        }
        this.category = newCategory;
        updatedAt = now;
    }

    /** Gives the ticket its human number once the database has given it an id. */
    /** The id a ticket number stands for ("ESC-1042": 1042), or null if it is not a ticket number. */
    public static Long idOf(String number) {
        if (number == null || !number.startsWith(NUMBER_PREFIX) || number.length() == NUMBER_PREFIX.length()
                || number.length() > NUMBER_PREFIX.length() + 18) {
            return null;
        }
        String digits = number.substring(NUMBER_PREFIX.length());
        return digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Long.valueOf(digits) : null;
    }

    public void assignNumber() {
        if (number != null) {
            return;
        }
        if (id == null) {
            throw new IllegalStateException("A ticket gets its number after it has been persisted");
        }
        number = NUMBER_PREFIX + id;
    }

    public Note addNote(Agent author, String body, NoteVisibility visibility, Instant now) {
        if (visibility == NoteVisibility.CUSTOMER) {
            throw new RuleViolation("Only the customer writes customer messages; reply publicly instead.");
        }
        if (status == TicketStatus.CLOSED) {
            throw new RuleViolation("Ticket " + number + " is closed; reopen it to add notes.");
        }
        Note note = new Note(this, author, visibility, body, now);
        notes.add(note);
        workedOnBy(author);
        updatedAt = now;
        return note;
    }

    /**
     * The customer writes from their status page, through the desk's portal identity. While we wait
     * on them it is their answer, and the case resumes; on a resolved case it reopens it.
     */
    public Note addCustomerMessage(Agent portal, String body, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new RuleViolation("This case is closed. Please write to us by email to open a new one.");
        }
        Note note = new Note(this, portal, NoteVisibility.CUSTOMER, body, now);
        notes.add(note);
        if (status == TicketStatus.PENDING_CUSTOMER) {
            resume(now);
        } else if (status == TicketStatus.RESOLVED) {
            reopen("The customer wrote: " + note.summary(), now);
        }
        updatedAt = now;
        return note;
    }

    /**
     * The customer answers the survey about the current resolution: satisfaction (1 to 5, with a
     * comment) and effort (1 to 7), either or both. A later answer about the same resolution replaces
     * the earlier one; a resolution after a reopen gets answers of its own.
     */
    public ResolutionFeedback answerSurvey(Integer satisfaction, String comment, Integer effort, Instant now) {
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            throw new RuleViolation("You can rate this case once it is resolved.");
        }
        ResolutionFeedback current = currentFeedback();
        boolean fresh = current == null;
        if (fresh) {
            current = new ResolutionFeedback(reopenCount + 1, !escalations.isEmpty());
        }
        current.answer(satisfaction, comment, effort, now);
        if (fresh) {
            feedback.add(current);
        }
        return current;
    }

    /** The answers about the resolution the case is in now; null while it is open or not yet answered. */
    public ResolutionFeedback currentFeedback() {
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            return null;
        }
        return feedback.stream().filter(f -> f.resolution() == reopenCount + 1).findFirst().orElse(null);
    }

    public Integer getIntakePolicyVersion() {
        return intakePolicyVersion;
    }

    public String getIntakeRule() {
        return intakeRule;
    }

    public List<ResolutionFeedback> getFeedback() {
        return List.copyOf(feedback);
    }

    /** The customer asked for a manager to look at the case; until it is resolved, its leads review it. */
    public void requestManagementReview(Instant now) {
        if (!status.isActive()) {
            throw new RuleViolation("This case is " + status.label().toLowerCase() + "; answer below to reopen it instead.");
        }
        if (isUnderManagementReview()) {
            throw new RuleViolation("A manager is already reviewing this case.");
        }
        if (status == TicketStatus.PENDING_CUSTOMER) {
            // the customer has just written to us: the case no longer waits on them
            resume(now);
        }
        reviewRequestedAt = now;
        updatedAt = now;
    }

    public boolean isUnderManagementReview() {
        return reviewRequestedAt != null && status.isActive();
    }

    public Instant getReviewRequestedAt() {
        return reviewRequestedAt;
    }

    /** An agent of the team takes an unassigned ticket. */
    public void claim(Agent agent, Instant now) {
        requireWorkable("claimed");
        requireTeamMember(agent);
        if (assignee != null) {
            throw new RuleViolation("Ticket " + number + " is already assigned to " + assignee.getDisplayName()
                    + (assignee.sameAs(agent) ? " (you)." : "; ask them to hand it over."));
        }
        assignTo(agent, now);
    }

    /** Hands the ticket to another agent of the same team. */
    public void reassign(Agent agent, Instant now) {
        requireWorkable("reassigned");
        requireTeamMember(agent);
        if (agent.sameAs(assignee)) {
            throw new RuleViolation("Ticket " + number + " is already assigned to " + agent.getDisplayName() + ".");
        }
        assignTo(agent, now);
    }

    private void assignTo(Agent agent, Instant now) {
        assignee = agent;
        workedOnBy(agent);
        if (status == TicketStatus.NEW) {
            status = TicketStatus.OPEN;
        }
        updatedAt = now;
    }

    /**
     * The agent asks the customer for what the case needs: the question is a public reply, and the
     * case waits for the answer. Nothing is written when the ticket cannot wait or the question is empty.
     */
    public Note askCustomer(Agent agent, String question, Instant now) {
        String text = RuleViolation.requireText(question, "Your question to the customer", Note.MAX_BODY);
        requireCanWait();
        Note note = addNote(agent, text, NoteVisibility.PUBLIC, now);
        waitOnCustomer(now);
        return note;
    }

    /** The clock of the case waits for the customer's answer. */
    public void waitOnCustomer(Instant now) {
        requireCanWait();
        status = TicketStatus.PENDING_CUSTOMER;
        updatedAt = now;
    }

    private void requireCanWait() {
        if (!canWaitOnCustomer()) {
            throw new RuleViolation("Ticket " + number + " is " + status.label().toLowerCase()
                    + "; only an open ticket can wait on the customer.");
        }
    }

    /** The customer answered, or the agent carries on without them. */
    public void resume(Instant now) {
        if (!canResume()) {
            throw new RuleViolation("Ticket " + number + " is not waiting on the customer.");
        }
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    public void resolve(String summary, Instant now) {
        String text = RuleViolation.requireText(summary, "A resolution summary", 4000);
        if (!canResolve()) {
            throw new RuleViolation(pendingEscalation().isPresent()
                    ? "Ticket " + number + " waits for " + team.getName() + " to accept an escalation; it cannot be resolved now."
                    : "Ticket " + number + " is " + status.label().toLowerCase() + "; it cannot be resolved.");
        }
        resolutionSummary = text;
        resolvedAt = now;
        reviewRequestedAt = null;
        status = TicketStatus.RESOLVED;
        updatedAt = now;
    }

    /** The resolution did not hold: the ticket comes back to its team, and the reopening is counted. */
    public void reopen(String reason, Instant now) {
        RuleViolation.requireText(reason, "A reason for reopening", 2000);
        if (!canReopen()) {
            throw new RuleViolation(status == TicketStatus.CLOSED
                    ? "Ticket " + number + " is closed; open a new ticket that refers to it."
                    : "Ticket " + number + " is not resolved; only a resolved ticket can be reopened.");
        }
        reopenCount++;
        resolvedAt = null;
        status = TicketStatus.REOPENED;
        updatedAt = now;
    }

    public void close(Instant now) {
        if (!canClose()) {
            throw new RuleViolation("Ticket " + number + " is " + status.label().toLowerCase()
                    + "; only a resolved ticket can be closed.");
        }
        closedAt = now;
        status = TicketStatus.CLOSED;
        updatedAt = now;
    }

    /** Links two tickets about the same matter; both show the other. */
    public void linkTo(Ticket other, Instant now) {
        RuleViolation.require(other, "The related ticket");
        if (other == this || (id != null && id.equals(other.id))) {
            throw new RuleViolation("A ticket cannot be related to itself.");
        }
        if (isRelatedTo(other)) {
            throw new RuleViolation(number + " and " + other.number + " are already linked.");
        }
        related.add(other);
        other.related.add(this);
        updatedAt = now;
    }

    public void unlink(Ticket other, Instant now) {
        if (!isRelatedTo(other)) {
            throw new RuleViolation(number + " and " + other.number + " are not linked.");
        }
        related.removeIf(t -> t.id.equals(other.id));
        other.related.removeIf(t -> t.id.equals(id));
        updatedAt = now;
    }

    public boolean isRelatedTo(Ticket other) {
        return related.stream().anyMatch(t -> t.id != null && t.id.equals(other.id));
    }

    /**
     * Closes this ticket as a duplicate of the survivor, which carries on: the survivor gets the
     * duplicate's description as an internal note, both stay linked, and this ticket keeps its
     * history and points to the survivor.
     */
    public Note mergeInto(Ticket survivor, Agent agent, Instant now) {
        RuleViolation.require(survivor, "The ticket to merge into");
        if (survivor == this || (id != null && id.equals(survivor.id))) {
            throw new RuleViolation("A ticket cannot be merged into itself.");
        }
        if (!canMerge()) {
            throw new RuleViolation(mergedInto != null ? number + " was already merged into " + mergedInto.number + "."
                    : pendingEscalation().isPresent() ? number + " waits for " + team.getName()
                            + " to accept an escalation; withdraw it before merging."
                    : number + " is " + status.label().toLowerCase() + "; only an open ticket can be merged.");
        }
        if (!survivor.status.isActive() && survivor.status != TicketStatus.RESOLVED) {
            throw new RuleViolation(survivor.number + " is " + survivor.status.label().toLowerCase()
                    + "; merge into a ticket that is still open.");
        }
        boolean sameCustomer = customer == survivor.customer
                || (customer.getId() != null && customer.getId().equals(survivor.customer.getId()));
        if (!sameCustomer) {
            throw new RuleViolation("Only tickets of the same customer can be merged; " + survivor.number + " is "
                    + survivor.customer.getName() + "'s.");
        }
        Note carried = survivor.addNote(agent, "Merged in from " + number + " (" + subject + "): " + description,
                NoteVisibility.INTERNAL, now);
        if (!isRelatedTo(survivor)) {
            linkTo(survivor, now);
        }
        mergedInto = survivor;
        status = TicketStatus.CLOSED;
        closedAt = now;
        workedOnBy(agent);
        updatedAt = now;
        return carried;
    }

    public boolean canMerge() {
        return mergedInto == null && status.isActive() && pendingEscalation().isEmpty();
    }

    public boolean canWaitOnCustomer() {
        return status == TicketStatus.OPEN || status == TicketStatus.REOPENED;
    }

    public boolean canResume() {
        return status == TicketStatus.PENDING_CUSTOMER;
    }

    public boolean canResolve() {
        return status.isActive() && status != TicketStatus.ESCALATED && pendingEscalation().isEmpty();
    }

    public boolean canReopen() {
        return status == TicketStatus.RESOLVED;
    }

    public boolean canClose() {
        return status == TicketStatus.RESOLVED;
    }

    /** Whether it can be claimed or reassigned: active and not waiting for another team to accept it. */
    public boolean isWorkable() {
        return status.isActive() && pendingEscalation().isEmpty();
    }

    private void requireWorkable(String verb) {
        if (!isWorkable()) {
            throw new RuleViolation("Ticket " + number + " is " + status.label().toLowerCase() + "; it cannot be " + verb + " now.");
        }
    }

    private void requireTeamMember(Agent agent) {
        RuleViolation.require(agent, "Agent");
        if (!agent.isMemberOf(team)) {
            throw new RuleViolation(agent.getDisplayName() + " is not in " + team.getName() + ", which has ticket " + number + ".");
        }
    }

    /**
     * Hands the ticket to a team with the expertise it needs. The ticket waits, unassigned, in that
     * team's queue until they accept it or return it.
     */
    public Escalation escalateFunctionally(Team target, Agent requester, EscalationReason reason,
            HandoffSummary handoff, Instant now) {
        RuleViolation.require(target, "Target team");
        RuleViolation.require(reason, "Escalation reason");
        RuleViolation.require(handoff, "Handoff summary");
        if (!status.isActive()) {
            throw new RuleViolation("Ticket " + number + " is " + status.label().toLowerCase()
                    + "; only an active ticket can be escalated.");
        }
        if (pendingEscalation().isPresent()) {
            throw new RuleViolation("Ticket " + number + " already waits for " + team.getName()
                    + " to accept an escalation.");
        }
        if (target.sameAs(team)) {
            throw new RuleViolation("Ticket " + number + " is already with " + team.getName() + ".");
        }
        Escalation escalation = Escalation.functional(this, team, requester, target, reason, handoff, now);
        escalations.add(escalation);
        workedOnBy(requester);
        noteBounce();
        team = target;
        assignee = null;
        status = TicketStatus.ESCALATED;
        updatedAt = now;
        return escalation;
    }

    /** The receiving team takes the escalation: the ticket becomes the accepting agent's. */
    public void acceptEscalation(Escalation escalation, Agent acceptor, Instant now) {
        requireOwn(escalation);
        escalation.accept(acceptor, now);
        assignee = acceptor;
        workedOnBy(acceptor);
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    /** De-escalation: the receiving team hands the ticket back to the sender's team with a reason. */
    public void returnEscalation(Escalation escalation, Agent returner, String reason, Instant now) {
        requireOwn(escalation);
        escalation.returnToSender(returner, reason, now);
        workedOnBy(returner);
        noteBounce();
        team = escalation.getFromTeam();
        Agent requester = escalation.getRequestedBy();
        assignee = requester.isMemberOf(team) ? requester : null;
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    /** The sending side takes the escalation back before anyone accepted it. */
    public void withdrawEscalation(Escalation escalation, Agent withdrawer, Instant now) {
        requireOwn(escalation);
        escalation.withdraw(withdrawer, now);
        workedOnBy(withdrawer);
        team = escalation.getFromTeam();
        Agent requester = escalation.getRequestedBy();
        assignee = requester.isMemberOf(team) ? requester : withdrawer;
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    /**
     * A bounce: a team sent the ticket back, or it was escalated between the same two teams a second
     * time (either way round). A withdrawal is the sender's own correction and is no bounce.
     */
    private void noteBounce() {
        if (bounced) {
            return;
        }
        boolean returned = escalations.stream().anyMatch(e -> e.getState() == EscalationState.RETURNED);
        long moves = escalations.size();
        long distinctPairs = escalations.stream()
                .map(e -> Set.of(e.getFromTeam().getId(), e.getToTeam().getId()))
                .distinct().count();
        bounced = returned || distinctPairs < moves;
    }

    private void requireOwn(Escalation escalation) {
        RuleViolation.require(escalation, "Escalation");
        if (!escalations.contains(escalation)) {
            throw new RuleViolation("That escalation belongs to another ticket.");
        }
    }

    /** Records that the agent acted on the ticket; such a person does not approve decisions on it. */
    /** Copies the soonest running clock's figures onto the ticket; unchanged figures leave it untouched. */
    public void showServiceLevel(Instant dueAt, Instant atRiskAt) {
        if (!Objects.equals(dueAt, slaDueAt) || !Objects.equals(atRiskAt, slaAtRiskAt)) {
            slaDueAt = dueAt;
            slaAtRiskAt = atRiskAt;
        }
    }

    public void workedOnBy(Agent agent) {
        if (agent != null && workers.stream().noneMatch(agent::sameAs)) {
            workers.add(agent);
        }
    }

    /** Whether the agent ever worked this ticket (took it in, held it, wrote on it, escalated or decided on it). */
    public boolean workedBy(Agent agent) {
        return agent.sameAs(assignee) || workers.stream().anyMatch(agent::sameAs);
    }

    public Optional<Escalation> pendingEscalation() {
        return escalations.stream().filter(Escalation::isPending).findFirst();
    }

    /** The fields an audit entry records before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("team", team.getName());
        state.put("tier", team.getTier().level());
        state.put("assignee", assignee == null ? null : assignee.getLoginName());
        state.put("priority", priority);
        state.put("category", category);
        // the customer's segment as it stood, so that figures cut by segment can be rebuilt from the audit trail
        state.put("segment", customer.getSegment());
        state.put("reopenCount", reopenCount);
        state.put("bounced", bounced);
        if (mergedInto != null) {
            state.put("mergedInto", mergedInto.number);
        }
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Category getCategory() {
        return category;
    }

    public Priority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Team getTeam() {
        return team;
    }

    public Agent getAssignee() {
        return assignee;
    }

    public List<Note> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public List<Escalation> getEscalations() {
        return Collections.unmodifiableList(escalations);
    }

    public List<Ticket> getRelated() {
        return Collections.unmodifiableList(related);
    }

    public Ticket getMergedInto() {
        return mergedInto;
    }

    public String getResolutionSummary() {
        return resolutionSummary;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isBounced() {
        return bounced;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    public Instant getSlaAtRiskAt() {
        return slaAtRiskAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
