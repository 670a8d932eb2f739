package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregate root of a customer's case. It owns its notes and escalations and is the only place
 * that changes its status, team and assignee, so the rules of escalating hold however it is called.
 */
@Entity
@Table(name = "ticket")
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
@NamedQuery(name = Ticket.ASSIGNED_TO, query = "select t from Ticket t where t.assignee = :agent"
        + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED, com.escalationdesk.ticket.TicketStatus.CLOSED)"
        + " order by t.updatedAt desc")
@NamedQuery(name = Ticket.TEAM_QUEUE, query = "select t from Ticket t where t.team = :team"
        + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED, com.escalationdesk.ticket.TicketStatus.CLOSED)"
        + " order by t.updatedAt desc")
public class Ticket {

    public static final String BY_NUMBER = "Ticket.byNumber";
    public static final String ASSIGNED_TO = "Ticket.assignedTo";
    public static final String TEAM_QUEUE = "Ticket.teamQueue";

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

    @ManyToOne
    @JoinColumn(name = "assignee_id")
    private Agent assignee;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<Note> notes = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt, id")
    private List<Escalation> escalations = new ArrayList<>();

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

    /** Intake by an agent on the customer's behalf: the ticket starts open, with the agent and their team. */
    public Ticket(Customer customer, String subject, String description, Category category, Priority priority,
            Agent intakeAgent, Instant now) {
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
        this.assignee = intakeAgent;
        this.status = TicketStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Gives the ticket its human number once the database has given it an id. */
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
        if (status == TicketStatus.CLOSED) {
            throw new RuleViolation("Ticket " + number + " is closed; reopen it to add notes.");
        }
        Note note = new Note(this, author, visibility, body, now);
        notes.add(note);
        updatedAt = now;
        return note;
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
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    /** De-escalation: the receiving team hands the ticket back to the sender's team with a reason. */
    public void returnEscalation(Escalation escalation, Agent returner, String reason, Instant now) {
        requireOwn(escalation);
        escalation.returnToSender(returner, reason, now);
        team = escalation.getFromTeam();
        Agent requester = escalation.getRequestedBy();
        assignee = requester.isMemberOf(team) ? requester : null;
        status = TicketStatus.OPEN;
        updatedAt = now;
    }

    private void requireOwn(Escalation escalation) {
        RuleViolation.require(escalation, "Escalation");
        if (!escalations.contains(escalation)) {
            throw new RuleViolation("That escalation belongs to another ticket.");
        }
    }

    public Optional<Escalation> pendingEscalation() {
        return escalations.stream().filter(Escalation::isPending).findFirst();
    }

    /** The fields an audit entry records before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("team", team.getName());
        state.put("tier", team.getTier());
        state.put("assignee", assignee == null ? null : assignee.getLoginName());
        state.put("priority", priority);
        state.put("category", category);
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
