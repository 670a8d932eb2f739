package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.RuleViolation;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A queue arrangement an agent saved under a name: theirs alone, opened from the top of their queues. */
@Entity
@Table(name = "saved_queue_view")
@NamedQuery(name = SavedQueueView.OF_OWNER, query = "select v from SavedQueueView v where v.owner = :agent order by v.nameKey, v.id")
@NamedQuery(name = SavedQueueView.BY_NAME, query = "select v from SavedQueueView v where v.owner = :agent and v.nameKey = :nameKey")
public class SavedQueueView {

    public static final String OF_OWNER = "SavedQueueView.ofOwner";
    public static final String BY_NAME = "SavedQueueView.byName";

    /** Enough for every arrangement an agent works from; more becomes a list nobody reads. */
    public static final int MAX_PER_AGENT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_queue_view_seq")
    @SequenceGenerator(name = "saved_queue_view_seq", sequenceName = "saved_queue_view_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Agent owner;

    @Column(name = "name", nullable = false, length = QueueViewSpec.MAX_NAME)
    private String name;

    /** The name as the database keeps it unique per agent: "Urgent" and "urgent" are one view. */
    @Column(name = "name_key", nullable = false, length = QueueViewSpec.MAX_NAME)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "queue_scope", nullable = false, length = 10)
    private QueueScope scope;

    @Column(name = "words", length = QueueViewSpec.MAX_WORDS)
    private String words;

    @Column(name = "priorities", length = 100)
    private String priorities;

    @Column(name = "statuses", length = 200)
    private String statuses;

    @Column(name = "unassigned_only", nullable = false)
    private boolean unassignedOnly;

    @Column(name = "sort_field", length = 20)
    private String sortField;

    @Column(name = "sort_ascending", nullable = false)
    private boolean ascending;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected SavedQueueView() {
        // for JPA
    }

    public SavedQueueView(Agent owner, QueueViewSpec spec, Instant now) {
        this.owner = RuleViolation.require(owner, "The view's owner");
        redefine(spec, now);
    }

    /** The same name, a new arrangement: saving a view under a name it has already replaces it. */
    public void redefine(QueueViewSpec spec, Instant now) {
        RuleViolation.require(spec, "The view");
        this.name = spec.name();
        this.nameKey = keyOf(spec.name());
        this.scope = spec.scope();
        this.words = spec.words();
        this.priorities = QueueFilter.stored(spec.filter().priorities());
        this.statuses = QueueFilter.stored(spec.filter().statuses());
        this.unassignedOnly = spec.filter().unassignedOnly();
        this.sortField = spec.sortField();
        this.ascending = spec.ascending();
        this.updatedAt = now;
    }

    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public QueueViewSpec spec() {
        return new QueueViewSpec(name, scope, words, new QueueFilter(QueueFilter.parsed(priorities, Priority.class),
                QueueFilter.parsed(statuses, TicketStatus.class), unassignedOnly), sortField, ascending);
    }

    public boolean ownedBy(Agent agent) {
        return owner == agent || (owner.getId() != null && owner.getId().equals(agent.getId()));
    }

    public Map<String, Object> auditState() {
        QueueViewSpec spec = spec();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("queue", scope == QueueScope.MINE ? "My queue" : "Team queue");
        state.put("words", words);
        state.put("filter", spec.filter().describe());
        state.put("sortedBy", sortField == null ? null : sortField + (ascending ? " ascending" : " descending"));
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Agent getOwner() {
        return owner;
    }
}
