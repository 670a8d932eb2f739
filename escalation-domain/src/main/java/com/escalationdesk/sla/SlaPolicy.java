package com.escalationdesk.sla;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Priority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service levels promised for tickets of a customer segment and priority (either may be left
 * open to cover all): business-time targets for the first response, the next update and the
 * resolution, on a calendar, with the ladder of warnings and escalations each clock climbs.
 */
@Entity
@Table(name = "sla_policy")
@NamedQuery(name = SlaPolicy.ALL, query = "select p from SlaPolicy p order by p.name")
// the policies that could cover a ticket, each with its calendar, the calendar's holidays and the steps, in one
// statement (JPQL cannot fetch past a fetched relation, so EclipseLink's hint names the holidays)
@NamedQuery(name = SlaPolicy.COVERING, query = "select p from SlaPolicy p join fetch p.calendar left join fetch p.steps"
        + " where (p.segment is null or p.segment = :segment) and (p.priority is null or p.priority = :priority)",
        hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "p.calendar.holidays"))
@NamedQuery(name = SlaPolicy.ON_CALENDAR, query = "select p from SlaPolicy p where p.calendar = :calendar")
public class SlaPolicy {

    public static final String ALL = "SlaPolicy.all";
    public static final String COVERING = "SlaPolicy.covering";
    public static final String ON_CALENDAR = "SlaPolicy.onCalendar";
    static final int MAX_TARGET_MINUTES = 60 * 24 * 90;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
    @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "segment", length = 20)
    private CustomerSegment segment;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", length = 20)
    private Priority priority;

    /** Lazy, as are the steps: choosing the policy for a ticket reads every policy, but only its own calendar and steps. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "next_update_minutes")
    private Integer nextUpdateMinutes;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sla_policy_step", joinColumns = @JoinColumn(name = "policy_id"))
    @OrderColumn(name = "step_no")
    private List<SlaStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected SlaPolicy() {
        // for JPA
    }

    public SlaPolicy(String name, CustomerSegment segment, Priority priority, BusinessCalendar calendar,
            Integer firstResponseMinutes, Integer nextUpdateMinutes, Integer resolutionMinutes, List<SlaStep> steps) {
        change(name, segment, priority, calendar, firstResponseMinutes, nextUpdateMinutes, resolutionMinutes, steps);
    }

    public void change(String name, CustomerSegment segment, Priority priority, BusinessCalendar calendar,
            Integer firstResponseMinutes, Integer nextUpdateMinutes, Integer resolutionMinutes, List<SlaStep> steps) {
        this.name = RuleViolation.requireText(name, "Policy name", 100);
        this.calendar = RuleViolation.require(calendar, "Calendar");
        this.segment = segment;
        this.priority = priority;
        this.firstResponseMinutes = target(firstResponseMinutes, SlaKind.FIRST_RESPONSE);
        this.nextUpdateMinutes = target(nextUpdateMinutes, SlaKind.NEXT_UPDATE);
        this.resolutionMinutes = target(resolutionMinutes, SlaKind.RESOLUTION);
        if (firstResponseMinutes == null && nextUpdateMinutes == null && resolutionMinutes == null) {
            throw new RuleViolation("A service-level policy needs at least one target.");
        }
        this.steps = new ArrayList<>(steps == null ? List.of() : steps);
    }

    private static Integer target(Integer minutes, SlaKind kind) {
        if (minutes != null && (minutes < 1 || minutes > MAX_TARGET_MINUTES)) {
            throw new RuleViolation("The " + kind.label().toLowerCase() + " target must be 1 to " + MAX_TARGET_MINUTES
                    + " business minutes, not " + minutes + ".");
        }
        return minutes;
    }

    public boolean covers(CustomerSegment ticketSegment, Priority ticketPriority) {
        return (segment == null || segment == ticketSegment) && (priority == null || priority == ticketPriority);
    }

    /** A policy naming both segment and priority beats one naming either, which beats a catch-all. */
    int specificity() {
        return (segment == null ? 0 : 2) + (priority == null ? 0 : 1);
    }

    /** The most specific policy covering the ticket; ties go to the oldest. */
    public static Optional<SlaPolicy> forTicket(Collection<SlaPolicy> policies, CustomerSegment segment, Priority priority) {
        return policies.stream().filter(p -> p.covers(segment, priority))
                .max(Comparator.comparingInt(SlaPolicy::specificity)
                        .thenComparing(p -> p.id == null ? Long.MAX_VALUE : p.id, Comparator.reverseOrder()));
    }

    /** The target for that kind of clock, or null when the policy sets none. */
    public Duration targetFor(SlaKind kind) {
        Integer minutes = switch (kind) {
            case FIRST_RESPONSE -> firstResponseMinutes;
            case NEXT_UPDATE -> nextUpdateMinutes;
            case RESOLUTION -> resolutionMinutes;
        };
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    /** The steps a clock of that kind climbs, in the order it reaches them. */
    public List<SlaStep> stepsFor(SlaKind kind, Duration target) {
        return steps.stream().filter(s -> s.appliesTo(kind)).sorted(Comparator.comparing(s -> s.offset(target))).toList();
    }

    /** “Enterprise · P1 · Urgent” or “All segments · All priorities”. */
    public String scope() {
        return (segment == null ? "All segments" : segment.label()) + " · " + (priority == null ? "All priorities"
                : priority.label());
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("segment", segment);
        state.put("priority", priority);
        state.put("calendar", calendar.getName());
        state.put("firstResponseMinutes", firstResponseMinutes);
        state.put("nextUpdateMinutes", nextUpdateMinutes);
        state.put("resolutionMinutes", resolutionMinutes);
        state.put("steps", steps.stream().map(SlaStep::describe).toList());
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public Priority getPriority() {
        return priority;
    }

    public BusinessCalendar getCalendar() {
        return calendar;
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public Integer getNextUpdateMinutes() {
        return nextUpdateMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public List<SlaStep> getSteps() {
        return List.copyOf(steps);
    }
}
