package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Ticket;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One service-level clock of a ticket: what it measures, its target under the policy that set it,
 * and the ledger of its running and paused stretches. From the ledger it keeps, ready for indexed
 * queries, when the target falls due and when the next step of the policy's ladder fires.
 */
@Entity
@Table(name = "sla_clock")
@NamedQuery(name = SlaClock.OF_TICKET, query = "select c from SlaClock c where c.ticket = :ticket order by c.id")
@NamedQuery(name = SlaClock.OPEN_OF_TICKET, query = "select c from SlaClock c where c.ticket = :ticket"
        + " and c.stoppedAt is null order by c.id")
@NamedQuery(name = SlaClock.OPEN_OF_TICKETS, query = "select c from SlaClock c where c.ticket in :tickets"
        + " and c.stoppedAt is null")
@NamedQuery(name = SlaClock.DUE_FOR_STEP, query = "select c.id, c.nextStepAt from SlaClock c where c.nextStepAt <= :now"
        + " and (c.nextStepAt > :afterAt or (c.nextStepAt = :afterAt and c.id > :afterId)) order by c.nextStepAt, c.id")
@NamedQuery(name = SlaClock.OPEN_UNDER_POLICY, query = "select c from SlaClock c where c.policy = :policy"
        + " and c.stoppedAt is null")
@NamedQuery(name = SlaClock.ALL_OPEN, query = "select c from SlaClock c where c.stoppedAt is null order by c.id")
@NamedQuery(name = SlaClock.COUNT_OPEN_UNDER_POLICY, query = "select count(c) from SlaClock c where c.policy = :policy"
        + " and c.stoppedAt is null")
public class SlaClock {

    public static final String OF_TICKET = "SlaClock.ofTicket";
    public static final String OPEN_OF_TICKET = "SlaClock.openOfTicket";
    public static final String OPEN_OF_TICKETS = "SlaClock.openOfTickets";
    public static final String DUE_FOR_STEP = "SlaClock.dueForStep";
    public static final String OPEN_UNDER_POLICY = "SlaClock.openUnderPolicy";
    public static final String ALL_OPEN = "SlaClock.allOpen";
    public static final String COUNT_OPEN_UNDER_POLICY = "SlaClock.countOpenUnderPolicy";

    /** Without warning steps, a clock is at risk from this share of its target on. */
    static final int DEFAULT_AT_RISK_PERCENT = 75;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_clock_seq")
    @SequenceGenerator(name = "sla_clock_seq", sequenceName = "sla_clock_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private SlaKind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    private SlaPolicy policy;

    @Column(name = "target_minutes", nullable = false)
    private int targetMinutes;

    /** The ledger of running and paused stretches, oldest first, as {@link LedgerText} writes it. */
    @Column(name = "ledger", nullable = false, length = LedgerText.MAX_LENGTH)
    private String ledger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    /** When the target is (or was) reached; null while paused short of it. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** When counted time first enters the at-risk zone; null while paused short of it. */
    @Column(name = "at_risk_at")
    private Instant atRiskAt;

    /** How many steps of the ladder have fired. */
    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    /** When the next step fires; null when stopped, paused or the ladder is climbed. The sweep's index. */
    @Column(name = "next_step_at")
    private Instant nextStepAt;

    /** Ended because the ticket moved to another policy, not because its target was met. */
    @Column(name = "replaced", nullable = false)
    private boolean replaced;

    @Version
    @Column(name = "version")
    private long version;

    protected SlaClock() {
        // for JPA
    }

    /** A clock that starts running now for the policy's target of that kind. */
    public SlaClock(Ticket ticket, SlaKind kind, SlaPolicy policy, Instant now) {
        this.ticket = RuleViolation.require(ticket, "Ticket");
        this.kind = RuleViolation.require(kind, "Clock kind");
        this.policy = RuleViolation.require(policy, "Service-level policy");
        Duration target = policy.targetFor(kind);
        if (target == null) {
            throw new RuleViolation("Policy " + policy.getName() + " sets no " + kind.label().toLowerCase() + " target.");
        }
        this.targetMinutes = (int) target.toMinutes();
        this.startedAt = exact(now);
        store(ClockLedger.startedAt(startedAt));
    }

    public void pause(Instant now) {
        ClockLedger ledger = ledger();
        ledger.pause(exact(now));
        store(ledger);
    }

    public void resume(Instant now) {
        ClockLedger ledger = ledger();
        ledger.resume(exact(now));
        store(ledger);
    }

    public void stop(Instant now) {
        ClockLedger ledger = ledger();
        ledger.stop(exact(now));
        store(ledger);
    }

    /**
     * How far up its ladder the clock has climbed: the rank ({@link SlaStep#rank}) of the last step it
     * took, or {@link Integer#MIN_VALUE} before the first. Read it before an admin changes the ladder.
     */
    public int climbed() {
        List<SlaStep> ladder = policy.stepsFor(kind, target());
        int taken = Math.min(stepsDone, ladder.size());
        return taken == 0 ? Integer.MIN_VALUE : ladder.get(taken - 1).rank();
    }

    /**
     * Takes the policy's current target, ladder and calendar (after an admin changed the policy or its
     * calendar) and recomputes every figure from the ledger. Of the ladder as it is now, the steps no
     * further up than where the clock had {@code climbed} count as taken, so a step added below them is
     * not fired late and none already fired is fired again. A target the policy no longer sets ends
     * the clock as replaced: neither met nor missed.
     */
    public void recompute(int climbed, Instant now) {
        Duration target = policy.targetFor(kind);
        if (target == null) {
            stop(now);
            replaced = true;
            return;
        }
        targetMinutes = (int) target.toMinutes();
        stepsDone = stepsUpTo(policy, climbed);
        store(ledger());
    }

    private int stepsUpTo(SlaPolicy ladderOf, int climbed) {
        return (int) ladderOf.stepsFor(kind, target()).stream().filter(s -> s.rank() <= climbed).count();
    }

    /**
     * The ticket's priority or segment changed and another policy covers it now: this clock ends here
     * as replaced and the one returned carries on under the new policy's target (none when it sets no
     * target of this kind, or no policy covers the ticket any more, {@code null}), from the same start
     * and with the same ledger, so the business time
     * already counted still counts. Of the new ladder, the steps no further up than the last one this
     * clock took count as taken, so a breach already acted on is not acted on again.
     */
    public Optional<SlaClock> replaceUnder(SlaPolicy newPolicy, Instant now) {
        if (stoppedAt != null) {
            throw new RuleViolation("A stopped clock is not carried over to another policy.");
        }
        SlaClock next = null;
        if (newPolicy != null && newPolicy.targetFor(kind) != null) {
            next = new SlaClock(ticket, kind, newPolicy, startedAt);
            next.stepsDone = next.stepsUpTo(newPolicy, climbed());
            next.store(ClockLedger.of(ledger().stretches(), null));
        }
        stop(now);
        replaced = true;
        return Optional.ofNullable(next);
    }

    /** The steps whose moment has come, in order, from the first not yet fired. */
    public List<SlaStep> stepsReached(Instant now) {
        if (stoppedAt != null) {
            return List.of();
        }
        BusinessHours hours = policy.getCalendar().hours();
        ClockLedger ledger = ledger();
        List<SlaStep> ladder = policy.stepsFor(kind, target());
        List<SlaStep> reached = new ArrayList<>();
        for (int i = stepsDone; i < ladder.size(); i++) {
            Instant at = ledger.dueAt(hours, ladder.get(i).offset(target()));
            if (at == null || at.isAfter(now)) {
                break;
            }
            reached.add(ladder.get(i));
        }
        return reached;
    }

    /** Records that the steps reached were handled, and moves the sweep's mark to the next one. */
    public void stepsFired(int count) {
        stepsDone += count;
        store(ledger());
    }

    public SlaStatus status(Instant now) {
        if (replaced) {
            return SlaStatus.REPLACED;
        }
        if (stoppedAt != null) {
            return SlaStatus.ended(stoppedAt, dueAt);
        }
        if (dueAt != null && !now.isBefore(dueAt)) {
            return SlaStatus.BREACHED;
        }
        if (!ledger().isRunning()) {
            return SlaStatus.PAUSED;
        }
        return atRiskAt != null && !now.isBefore(atRiskAt) ? SlaStatus.AT_RISK : SlaStatus.ON_TRACK;
    }

    /** The open clock that falls due soonest; a paused clock has no due time until it is breached. */
    public static Optional<SlaClock> soonestDue(Collection<SlaClock> open) {
        return open.stream().filter(c -> c.dueAt != null).min(Comparator.comparing(SlaClock::getDueAt));
    }

    /**
     * The open clock a queue row speaks for: the soonest due one, or, while every clock waits on the
     * customer, the one with the least business time left, so a paused ticket still says where it stands.
     */
    public static Optional<SlaClock> headline(Collection<SlaClock> open, Instant now) {
        return soonestDue(open).or(() -> open.stream().min(Comparator.comparing(c -> c.remaining(now))));
    }

    /** Business time left to the target (negative once breached), counted under the calendar. */
    public Duration remaining(Instant now) {
        return target().minus(elapsed(now));
    }

    public Duration elapsed(Instant now) {
        return ledger().elapsed(policy.getCalendar().hours(), stoppedAt != null ? stoppedAt : now);
    }

    /** Moments to the millisecond, which every database keeps exactly, so cached figures match the ledger. */
    private static Instant exact(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS);
    }

    private Duration target() {
        return Duration.ofMinutes(targetMinutes);
    }

    private ClockLedger ledger() {
        return ClockLedger.of(LedgerText.read(ledger), stoppedAt);
    }

    /** Writes the ledger back and derives the due time, the at-risk time and the next step from it. */
    private void store(ClockLedger ledger) {
        this.ledger = LedgerText.write(ledger.stretches());
        stoppedAt = ledger.stoppedAt();
        BusinessHours hours = policy.getCalendar().hours();
        Duration target = target();
        dueAt = ledger.dueAt(hours, target);
        List<SlaStep> ladder = policy.stepsFor(kind, target);
        Duration atRisk = ladder.stream().filter(SlaStep::isWarning).findFirst().map(s -> s.offset(target))
                .orElse(Duration.ofSeconds(target.toSeconds() * DEFAULT_AT_RISK_PERCENT / 100));
        atRiskAt = ledger.dueAt(hours, atRisk);
        nextStepAt = stoppedAt != null || stepsDone >= ladder.size() || !ledger.isRunning() ? null
                : ledger.dueAt(hours, ladder.get(stepsDone).offset(target));
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public SlaKind getKind() {
        return kind;
    }

    public SlaPolicy getPolicy() {
        return policy;
    }

    public int getTargetMinutes() {
        return targetMinutes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAtRiskAt() {
        return atRiskAt;
    }

    public Instant getNextStepAt() {
        return nextStepAt;
    }

    public boolean isReplaced() {
        return replaced;
    }

    public int getStepsDone() {
        return stepsDone;
    }

    public List<ClockLedger.Stretch> getLedger() {
        return ledger().stretches();
    }
}
