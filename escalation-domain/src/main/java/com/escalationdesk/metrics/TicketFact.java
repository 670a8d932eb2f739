package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.sla.BusinessHours;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures of one ticket that the metrics read, so that no dashboard reads the tickets, notes or
 * escalations themselves. A fact is the ticket's audit chain replayed: each entry of the chain is
 * {@link #apply applied} once, in order, as it is written (in the same transaction) and again when the
 * facts are rebuilt from the audit trail; both ways run this one method, so a rebuilt fact equals the
 * kept one, and a changed definition rewrites history alike.
 *
 * <p>What an entry counts as:
 * <ul>
 * <li>a functional escalation: escalated by an agent, or automatically or at the customer's request to
 * another team;</li>
 * <li>a hierarchical escalation: a decision asked of someone with more authority, or a case brought to
 * managers or team leads (automatically or at the customer's request) without leaving its team;</li>
 * <li>a team move: reassigned to another team (not an escalation);</li>
 * <li>a bounce: an escalation returned by the receiving team;</li>
 * <li>time at a team: calendar time while the ticket is active (not resolved or closed) at that team.</li>
 * </ul>
 */
@Entity
@Table(name = "ticket_fact")
public class TicketFact {

    private static final Set<String> ACTIVE = Set.of("NEW", "OPEN", "PENDING_CUSTOMER", "ESCALATED", "REOPENED");

    @Id
    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    /** The sequence number of the last audit entry applied; -1 before the first. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence = -1;

    @Column(name = "created_us")
    private Long createdMicros;

    @Column(name = "status", length = 20)
    private String status;

    @Column(name = "team", length = 100)
    private String team;

    @Column(name = "tier")
    private Integer tier;

    @Column(name = "priority", length = 20)
    private String priority;

    @Column(name = "category", length = 40)
    private String category;

    @Column(name = "first_team", length = 100)
    private String firstTeam;

    @Column(name = "resolved_us")
    private Long resolvedMicros;

    @Column(name = "resolved_by", length = 60)
    private String resolvedBy;

    @Column(name = "resolved_team", length = 100)
    private String resolvedTeam;

    @Column(name = "resolved_tier")
    private Integer resolvedTier;

    /** Creation to resolution within the working hours of the ticket's service-level calendar. */
    @Column(name = "business_seconds")
    private Long businessSeconds;

    /** The customer's segment as the ticket last recorded it; null for entries written before tickets recorded it. */
    @Column(name = "segment", length = 20)
    private String segment;

    /** Why it was first escalated to another team (an {@code EscalationReason} name); null if never. */
    @Column(name = "escalation_reason", length = 30)
    private String escalationReason;

    @Column(name = "functional_escalations", nullable = false)
    private int functionalEscalations;

    @Column(name = "hierarchical_escalations", nullable = false)
    private int hierarchicalEscalations;

    @Column(name = "team_moves", nullable = false)
    private int teamMoves;

    @Column(name = "reopens", nullable = false)
    private int reopens;

    @Column(name = "public_replies", nullable = false)
    private int publicReplies;

    @Column(name = "bounces", nullable = false)
    private int bounces;

    @Column(name = "accepted_escalations", nullable = false)
    private int acceptedEscalations;

    /** Summed over the accepted escalations: from the request to its acceptance. */
    @Column(name = "accept_wait_seconds", nullable = false)
    private long acceptWaitSeconds;

    @Column(name = "sla_breaches", nullable = false)
    private int slaBreaches;

    @Column(name = "articles_linked", nullable = false)
    private int articlesLinked;

    @Column(name = "exacerbations", nullable = false)
    private int exacerbations;

    @Column(name = "merged", nullable = false)
    private boolean merged;

    @Column(name = "satisfaction")
    private Integer satisfaction;

    @Column(name = "effort")
    private Integer effort;

    /** When the current stretch at the current team began; null while the ticket is not active. */
    @Column(name = "since_us")
    private Long sinceMicros;

    /** When the escalation now waiting for acceptance was requested. */
    @Column(name = "escalated_us")
    private Long escalatedMicros;

    /**
     * Seconds active at each team, as a flat JSON object ({"Billing specialists":7200}): part of the
     * row, so that it is read, locked and written with the rest of the fact.
     */
    @Column(name = "team_seconds", length = 4000)
    private String teamSeconds;

    /**
     * When the ticket last changed (microseconds since 1970, by the server's clock): the stamp by
     * which the ticket finder's index on every server catches up. Not a figure.
     */
    @Column(name = "changed_us")
    private Long changedMicros;

    /** What the fact last added to its day's rollup ({@link RollupContribution#encode}); null: nothing. */
    @Column(name = "rolled_up", length = 8000)
    private String rolledUp;

    /** Changed since it was last rolled up: the durable queue the rollups catch up from. */
    @Column(name = "rollup_pending", nullable = false)
    private boolean rollupPending;

    protected TicketFact() {
    }

    public TicketFact(String ticketNumber) {
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "ticket number");
    }

    /**
     * Takes one entry of the ticket's audit chain into the figures. Entries must come in chain order;
     * one already applied (by sequence number) changes nothing, so replaying is safe.
     *
     * @param hours the working hours the business time to resolve is counted in; null: calendar time
     * @return whether the entry was new to this fact
     */
    public boolean apply(AuditEntry entry, BusinessHours hours) {
        if (!entry.getChainKey().equals(AuditEntry.ticketChain(ticketNumber))) {
            throw new IllegalArgumentException(entry.getChainKey() + " is not the audit chain of " + ticketNumber);
        }
        if (entry.getSequenceNo() <= lastSequence) {
            return false;
        }
        lastSequence = entry.getSequenceNo();
        long at = entry.getOccurredMicros();
        Map<String, String> before = CanonicalJson.read(entry.getBeforeState());
        Map<String, String> after = CanonicalJson.read(entry.getAfterState());
        endStretch(at);
        switch (entry.getAction()) {
            case TICKET_CREATED -> {
                createdMicros = at;
                firstTeam = after.get("team");
            }
            case REPLY_ADDED -> publicReplies++;
            case ESCALATED -> escalatedFunctionally(at, after.get("escalation.reason"));
            case AUTO_ESCALATED, CUSTOMER_ASKED_FOR_ESCALATION -> {
                if (movedTeam(before, after)) {
                    // the customer's request is for dissatisfaction, the monitor's for a breached service level
                    escalatedFunctionally(at, after.getOrDefault("escalation.reason",
                            entry.getAction() == AuditAction.AUTO_ESCALATED ? "SLA_BREACH" : "DISSATISFACTION"));
                } else {
                    hierarchicalEscalations++;
                }
            }
            case DECISION_REQUESTED -> hierarchicalEscalations++;
            case TICKET_REASSIGNED -> {
                if (movedTeam(before, after)) {
                    teamMoves++;
                }
            }
            case ESCALATION_ACCEPTED -> {
                if (escalatedMicros != null) {
                    acceptedEscalations++;
                    acceptWaitSeconds += (at - escalatedMicros) / 1_000_000;
                }
                escalatedMicros = null;
            }
            case ESCALATION_RETURNED -> {
                bounces++;
                escalatedMicros = null;
            }
            case ESCALATION_WITHDRAWN -> escalatedMicros = null;
            case TICKET_REOPENED -> {
                reopens++;
                resolvedMicros = null;
                resolvedBy = null;
                resolvedTeam = null;
                resolvedTier = null;
                businessSeconds = null;
            }
            case TICKET_RESOLVED -> {
                resolvedMicros = at;
                resolvedBy = entry.getActor();
                resolvedTeam = after.get("team");
                resolvedTier = integer(after.get("tier"));
                businessSeconds = createdMicros == null ? null : businessTime(hours, instant(createdMicros), instant(at)).toSeconds();
            }
            case SLA_BREACHED -> slaBreaches++;
            case ARTICLE_LINKED -> articlesLinked++;
            case ARTICLE_UNLINKED -> articlesLinked = Math.max(0, articlesLinked - 1);
            case EXACERBATION_DETECTED -> exacerbations++;
            case TICKET_MERGED -> merged = true;
            case CUSTOMER_RATED -> {
                satisfaction = integer(after.get("satisfaction"));
                effort = integer(after.get("effort"));
            }
            default -> {
                // notes, priority changes, claims, waiting and the rest change no count; their state below
            }
        }
        if (after.containsKey("status") && after.containsKey("team")) {
            status = after.get("status");
            team = after.get("team");
            tier = integer(after.get("tier"));
            priority = after.get("priority");
            category = after.get("category");
        }
        if (after.containsKey("segment")) {
            segment = after.get("segment");
        }
        sinceMicros = status != null && ACTIVE.contains(status) ? at : null;
        pendRollup();
        return true;
    }

    /** A fact that is or was resolved has a contribution to roll up again; the others have none to change. */
    private void pendRollup() {
        if (resolvedMicros != null || rolledUp != null) {
            rollupPending = true;
        }
    }

    /** What the fact last added to the rollups; null: nothing. */
    public RollupContribution rolledUp() {
        return RollupContribution.decode(rolledUp);
    }

    /** Records what the fact now adds to the rollups: it is rolled up. */
    public void rolledUp(RollupContribution contribution) {
        rolledUp = contribution == null ? null : contribution.encode();
        rollupPending = false;
    }

    public boolean isRollupPending() {
        return rollupPending;
    }

    private void escalatedFunctionally(long at, String reason) {
        functionalEscalations++;
        escalatedMicros = at;
        if (escalationReason == null) {
            escalationReason = reason;
        }
    }

    private void endStretch(long at) {
        if (sinceMicros != null && team != null && at > sinceMicros) {
            Map<String, Long> seconds = new TreeMap<>(getSecondsAtTeam());
            seconds.merge(team, (at - sinceMicros) / 1_000_000, Long::sum);
            teamSeconds = CanonicalJson.of(seconds);
        }
    }

    private static boolean movedTeam(Map<String, String> before, Map<String, String> after) {
        return after.get("team") != null && !Objects.equals(before.get("team"), after.get("team"));
    }

    private static Duration businessTime(BusinessHours hours, Instant from, Instant to) {
        return hours == null ? Duration.between(from, to) : hours.between(from, to);
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** Stamps the fact as changed now, once per transaction that changes the ticket. */
    public void markChanged(Instant now) {
        changedMicros = Math.multiplyExact(now.getEpochSecond(), 1_000_000L) + now.getNano() / 1_000;
    }

    /** Takes over every figure of a replay of the same ticket's chain (a rebuild). */
    public void takeOver(TicketFact replayed) {
        if (!ticketNumber.equals(replayed.ticketNumber)) {
            throw new IllegalArgumentException(replayed.ticketNumber + " is not " + ticketNumber);
        }
        lastSequence = replayed.lastSequence;
        createdMicros = replayed.createdMicros;
        status = replayed.status;
        team = replayed.team;
        tier = replayed.tier;
        priority = replayed.priority;
        category = replayed.category;
        segment = replayed.segment;
        firstTeam = replayed.firstTeam;
        resolvedMicros = replayed.resolvedMicros;
        resolvedBy = replayed.resolvedBy;
        resolvedTeam = replayed.resolvedTeam;
        resolvedTier = replayed.resolvedTier;
        businessSeconds = replayed.businessSeconds;
        escalationReason = replayed.escalationReason;
        functionalEscalations = replayed.functionalEscalations;
        hierarchicalEscalations = replayed.hierarchicalEscalations;
        teamMoves = replayed.teamMoves;
        reopens = replayed.reopens;
        publicReplies = replayed.publicReplies;
        bounces = replayed.bounces;
        acceptedEscalations = replayed.acceptedEscalations;
        acceptWaitSeconds = replayed.acceptWaitSeconds;
        slaBreaches = replayed.slaBreaches;
        articlesLinked = replayed.articlesLinked;
        exacerbations = replayed.exacerbations;
        merged = replayed.merged;
        satisfaction = replayed.satisfaction;
        effort = replayed.effort;
        sinceMicros = replayed.sinceMicros;
        escalatedMicros = replayed.escalatedMicros;
        teamSeconds = replayed.teamSeconds;
        pendRollup();
    }

    /** This ticket's latest resolution as the resolution metrics read it; null while it is not resolved. */
    public ResolvedTicket resolution() {
        return resolution(createdMicros, resolvedMicros, businessSeconds, functionalEscalations, hierarchicalEscalations, teamMoves,
                reopens, publicReplies, resolvedTier, merged);
    }

    /** A resolution from a fact's columns as they are stored (read without the whole fact); null while not resolved. */
    public static ResolvedTicket resolution(Long createdMicros, Long resolvedMicros, Long businessSeconds, int functionalEscalations,
            int hierarchicalEscalations, int teamMoves, int reopens, int publicReplies, Integer resolvedTier, boolean merged) {
        if (resolvedMicros == null || createdMicros == null || merged) {
            return null;
        }
        return new ResolvedTicket(instant(createdMicros), instant(resolvedMicros), Duration.ofSeconds(businessSeconds),
                functionalEscalations, hierarchicalEscalations, teamMoves, reopens, publicReplies,
                resolvedTier == null ? 1 : resolvedTier);
    }

    /** Every figure, for comparing a kept fact with a rebuilt one. */
    public Map<String, Object> figures() {
        Map<String, Object> f = new TreeMap<>();
        f.put("lastSequence", lastSequence);
        f.put("created", createdMicros);
        f.put("status", status);
        f.put("team", team);
        f.put("tier", tier);
        f.put("priority", priority);
        f.put("category", category);
        f.put("segment", segment);
        f.put("firstTeam", firstTeam);
        f.put("resolved", resolvedMicros);
        f.put("resolvedBy", resolvedBy);
        f.put("resolvedTeam", resolvedTeam);
        f.put("resolvedTier", resolvedTier);
        f.put("businessSeconds", businessSeconds);
        f.put("escalationReason", escalationReason);
        f.put("functionalEscalations", functionalEscalations);
        f.put("hierarchicalEscalations", hierarchicalEscalations);
        f.put("teamMoves", teamMoves);
        f.put("reopens", reopens);
        f.put("publicReplies", publicReplies);
        f.put("bounces", bounces);
        f.put("acceptedEscalations", acceptedEscalations);
        f.put("acceptWaitSeconds", acceptWaitSeconds);
        f.put("slaBreaches", slaBreaches);
        f.put("articlesLinked", articlesLinked);
        f.put("exacerbations", exacerbations);
        f.put("merged", merged);
        f.put("satisfaction", satisfaction);
        f.put("effort", effort);
        f.put("since", sinceMicros);
        f.put("escalated", escalatedMicros);
        f.put("secondsAtTeam", getSecondsAtTeam());
        return f;
    }

    /** The tiers the ticket was handled at: those of the teams it spent time at, and the one that resolved it. */
    public java.util.TreeSet<Integer> tiersHandled(Map<String, Integer> tierOfTeam) {
        java.util.TreeSet<Integer> tiers = new java.util.TreeSet<>();
        getSecondsAtTeam().keySet().stream().map(tierOfTeam::get).filter(java.util.Objects::nonNull).forEach(tiers::add);
        if (resolvedTier != null) {
            tiers.add(resolvedTier);
        }
        return tiers;
    }

    /** When it was last resolved, in microseconds since the epoch; null while it is not. */
    public Long getResolvedMicros() {
        return resolvedMicros;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getTeam() {
        return team;
    }

    public Integer getTier() {
        return tier;
    }

    public String getStatus() {
        return status;
    }

    public String getPriority() {
        return priority;
    }

    public String getCategory() {
        return category;
    }

    public String getSegment() {
        return segment;
    }

    public String getResolvedTeam() {
        return resolvedTeam;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public String getFirstTeam() {
        return firstTeam;
    }

    public Integer getResolvedTier() {
        return resolvedTier;
    }

    public int getBounces() {
        return bounces;
    }

    public int getAcceptedEscalations() {
        return acceptedEscalations;
    }

    public long getAcceptWaitSeconds() {
        return acceptWaitSeconds;
    }

    public int getSlaBreaches() {
        return slaBreaches;
    }

    public int getArticlesLinked() {
        return articlesLinked;
    }

    public int getExacerbations() {
        return exacerbations;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public Integer getEffort() {
        return effort;
    }

    public Map<String, Long> getSecondsAtTeam() {
        Map<String, Long> seconds = new TreeMap<>();
        CanonicalJson.read(teamSeconds).forEach((name, value) -> seconds.put(name, Long.valueOf(value)));
        return seconds;
    }
}
