package com.escalationdesk.policy;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.approval.DecisionKind;
import com.escalationdesk.approval.DecisionRequest;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import com.escalationdesk.escalation.Escalation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's escalation policy: versions, the draft's rules, publishing, and the dry run that
 * replays past tickets through the draft beside the active version. Every change is audited on the
 * configuration chain.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class EscalationPolicies {

    public static final int MAX_DRY_RUN_TICKETS = 1000;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private PolicyEngine engine;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every version, newest first. */
    public List<PolicyVersionView> versions() {
        Map<String, String> kindLabels = decisionKindLabels();
        return em.createNamedQuery(PolicyVersion.ALL, PolicyVersion.class).getResultStream()
                .map(p -> PolicyVersionView.of(p, code -> kindLabels.getOrDefault(code, code))).toList();
    }

    /** Every decision kind's label by its code, retired ones too: old versions' rules may name them. */
    private Map<String, String> decisionKindLabels() {
        Map<String, String> labels = new HashMap<>();
        em.createNamedQuery(DecisionKind.ALL, DecisionKind.class).getResultStream()
                .forEach(k -> labels.put(k.getCode(), k.getLabel()));
        return labels;
    }

    /** Starts a draft from the active version's rules; there is at most one draft at a time. */
    public int startDraft(String note) {
        Agent admin = callers.current();
        existingDraft().ifPresent(d -> {
            throw new RuleViolation("Policy v" + d.getNumber() + " is already a draft; edit, publish or discard it.");
        });
        Integer latest = em.createNamedQuery(PolicyVersion.LATEST_NUMBER, Integer.class).getSingleResult();
        PolicyVersion draft = PolicyVersion.draftFrom(engine.active(), latest == null ? 1 : latest + 1, note,
                admin.getLoginName(), clock.instant());
        em.persist(draft);
        StaleCheck.flush(em, "the escalation policy");
        record(admin, AuditAction.POLICY_DRAFTED, "Draft policy v" + draft.getNumber() + " started from v"
                + engine.active().getNumber(), null, draft.auditState());
        return draft.getNumber();
    }

    public long addRule(PolicyRuleInput input) {
        Agent admin = callers.current();
        RuleViolation.require(input, "The rule");
        PolicyVersion draft = lockedDraft();
        Team routeTo = input.routeToTeamId() == null ? null : em.find(Team.class, input.routeToTeamId());
        if (input.routeToTeamId() != null && routeTo == null) {
            throw new NotFound("That team no longer exists.");
        }
        Agent notify = input.notifyLogin() == null || input.notifyLogin().isBlank() ? null
                : em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", input.notifyLogin().strip())
                        .getResultStream().findFirst()
                        .orElseThrow(() -> new NotFound("There is no user " + input.notifyLogin().strip() + "."));
        PolicyRule rule = draft.addRule(input, routeTo, notify);
        StaleCheck.flush(em, "the draft policy");
        record(admin, AuditAction.POLICY_RULE_ADDED, "Rule “" + rule.getName() + "” added to draft v" + draft.getNumber()
                + " (" + rule.getStage().label().toLowerCase() + "): " + rule.criteriaText(code -> decisionKindLabels().getOrDefault(code, code))
                + " → " + rule.actionText(),
                null, rule.auditState());
        return rule.getId();
    }

    public void removeRule(long ruleId) {
        Agent admin = callers.current();
        PolicyVersion draft = lockedDraft();
        PolicyRule rule = draft.removeRule(ruleId);
        StaleCheck.flush(em, "the draft policy");
        record(admin, AuditAction.POLICY_RULE_REMOVED, "Rule “" + rule.getName() + "” removed from draft v"
                + draft.getNumber(), rule.auditState(), null);
    }

    public void moveRule(long ruleId, boolean up) {
        Agent admin = callers.current();
        PolicyVersion draft = lockedDraft();
        int from = draft.getRules().stream().filter(r -> r.getId() == ruleId).findFirst()
                .map(PolicyRule::getPosition).orElse(-1);
        PolicyRule rule = draft.moveRule(ruleId, up);
        StaleCheck.flush(em, "the draft policy");
        record(admin, AuditAction.POLICY_RULE_MOVED, "Rule “" + rule.getName() + "” moved " + (up ? "up" : "down")
                + " in draft v" + draft.getNumber(), Map.of("position", from + 1), Map.of("position", rule.getPosition() + 1));
    }

    public void changeDefaultAcceptMinutes(int minutes) {
        Agent admin = callers.current();
        PolicyVersion draft = lockedDraft();
        Map<String, Object> before = draft.auditState();
        draft.changeDefaultAcceptMinutes(minutes);
        StaleCheck.flush(em, "the draft policy");
        record(admin, AuditAction.POLICY_CHANGED, "Draft v" + draft.getNumber() + ": escalations are to be accepted within "
                + minutes + " minutes unless a rule says otherwise", before, draft.auditState());
    }

    /** The draft becomes the active policy; the one before it is retired and kept for the record. */
    public void publish() {
        Agent admin = callers.current();
        PolicyVersion draft = lockedDraft();
        PolicyVersion active = engine.active();
        em.lock(active, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        active.retire();
        draft.publish(admin.getLoginName(), clock.instant());
        StaleCheck.flush(em, "the escalation policy");
        record(admin, AuditAction.POLICY_PUBLISHED, "Policy v" + draft.getNumber() + " published with "
                + draft.getRules().size() + " rules; v" + active.getNumber() + " retired", active.auditState(),
                draft.auditState());
    }

    public void discardDraft() {
        Agent admin = callers.current();
        PolicyVersion draft = lockedDraft();
        Map<String, Object> before = draft.auditState();
        em.remove(draft);
        StaleCheck.flush(em, "the draft policy");
        record(admin, AuditAction.POLICY_DISCARDED, "Draft policy v" + draft.getNumber() + " discarded", before, null);
    }

    /**
     * Replays the last tickets taken in through the active policy and the draft, side by side.
     * Nothing is changed or recorded: it is a question, not an action.
     */
    public DryRunReport dryRun(int lastTickets) {
        if (lastTickets < 1 || lastTickets > MAX_DRY_RUN_TICKETS) {
            throw new RuleViolation("Replay between 1 and " + MAX_DRY_RUN_TICKETS + " tickets.");
        }
        PolicyVersion draft = existingDraft()
                .orElseThrow(() -> new RuleViolation("There is no draft to try; start one first."));
        Instant now = clock.instant();
        List<Ticket> recent = em.createQuery("select t from Ticket t order by t.createdAt desc, t.id desc", Ticket.class)
                .setMaxResults(lastTickets).getResultList();
        Map<Long, DecisionRequest> latestDecision = new HashMap<>();
        if (!recent.isEmpty()) {
            em.createQuery("select d from DecisionRequest d where d.ticket in :tickets order by d.requestedAt, d.id",
                    DecisionRequest.class).setParameter("tickets", recent).getResultStream()
                    .forEach(d -> latestDecision.put(d.getTicket().getId(), d));
        }
        List<DryRunCase> cases = recent.stream().map(t -> {
            // an escalated ticket is replayed with the reason of its latest escalation
            PolicyFacts facts = PolicyFacts.of(t, now).withReason(t.getEscalations().isEmpty() ? null
                    : t.getEscalations().get(t.getEscalations().size() - 1).getReason());
            DecisionRequest d = latestDecision.get(t.getId());
            return new DryRunCase(t.getNumber(), t.getSubject(),
                    d == null ? facts : facts.withDecision(d.getKind().getCode(), d.getMoney()));
        }).toList();
        return PolicyDryRun.compare(engine.active(), draft, cases);
    }

    /**
     * What the active policy proposes for escalating the ticket now for that reason (none chosen yet:
     * the rules that look at no reason); for agents who may work it.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public EscalationProposal proposal(String ticketNumber, EscalationReason reason) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(caller, ticket);
        PolicyVerdict verdict = engine.verdict(PolicyStage.ESCALATION,
                PolicyFacts.of(ticket, clock.instant()).withReason(reason));
        Team team = verdict.routeTo();
        return new EscalationProposal(team == null ? null : team.getId(), team == null ? null : team.getName(),
                verdict.describe());
    }

    /**
     * "This routing was wrong": any agent who may see the ticket says so about the policy rule that
     * routed one of its escalations, with a comment; it waits in the admin's policy review list.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public long reportWrongRouting(long escalationId, String comment) {
        Agent caller = callers.current();
        Escalation escalation = em.find(Escalation.class, escalationId);
        if (escalation == null) {
            throw new NotFound("There is no escalation " + escalationId + ".");
        }
        TierPolicy.requireView(caller, escalation.getTicket());
        RoutingFeedback feedback = new RoutingFeedback(escalation, comment, caller, clock.instant());
        em.persist(feedback);
        audit.record(AuditEntry.ticketChain(escalation.getTicket().getNumber()), caller.getLoginName(),
                AuditAction.ROUTING_QUESTIONED, "Routing questioned: rule “" + feedback.getRuleName() + "” of policy v"
                        + feedback.getPolicyVersion() + " sent it to " + escalation.getToTeam().getName() + ": "
                        + feedback.getComment(), null, Map.of("rule", feedback.getRuleName(), "comment", feedback.getComment()));
        return feedback.getId();
    }

    /** "This routing was wrong" about the rule that routed the ticket when it was taken in. */
    @RolesAllowed(Role.AGENT_NAME)
    public long reportWrongIntakeRouting(String ticketNumber, String comment) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(caller, ticket);
        RoutingFeedback feedback = new RoutingFeedback(ticket, comment, caller, clock.instant());
        em.persist(feedback);
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(), AuditAction.ROUTING_QUESTIONED,
                "Routing questioned: rule “" + feedback.getRuleName() + "” of policy v" + feedback.getPolicyVersion()
                        + " routed it at intake: " + feedback.getComment(), null,
                Map.of("rule", feedback.getRuleName(), "comment", feedback.getComment()));
        return feedback.getId();
    }

    /** The policy review list: open feedback on routing first (oldest first), then the answered (newest first). */
    public List<RoutingFeedbackView> routingFeedback() {
        return em.createQuery("SELECT f FROM RoutingFeedback f ORDER BY f.raisedAt", RoutingFeedback.class)
                .setMaxResults(500).getResultStream()
                .sorted(java.util.Comparator.comparing((RoutingFeedback f) -> f.getAnsweredAt() != null)
                        .thenComparing((a, b) -> a.getAnsweredAt() == null ? 0 : b.getAnsweredAt().compareTo(a.getAnsweredAt())))
                .map(RoutingFeedbackView::of).toList();
    }

    /** Answers it; with {@code openDraft}, also starts a draft of the policy (unless one is open), named after it. */
    public void answerRoutingFeedback(long feedbackId, String answer, boolean openDraft) {
        Agent admin = callers.current();
        RoutingFeedback feedback = em.find(RoutingFeedback.class, feedbackId);
        if (feedback == null) {
            throw new NotFound("There is no such feedback.");
        }
        feedback.answer(admin, answer, clock.instant());
        record(admin, AuditAction.ROUTING_FEEDBACK_ANSWERED, "Feedback of " + feedback.getRaisedBy().getDisplayName()
                + " on rule “" + feedback.getRuleName() + "” (" + feedback.getTicket().getNumber()
                + ") answered: " + feedback.getAnswer(), null, Map.of("answer", feedback.getAnswer()));
        if (openDraft && existingDraft().isEmpty()) {
            startDraft("After feedback on " + feedback.getTicket().getNumber() + ": " + feedback.getComment());
        }
    }

    private java.util.Optional<PolicyVersion> existingDraft() {
        return em.createNamedQuery(PolicyVersion.IN_STATE, PolicyVersion.class)
                .setParameter("state", PolicyState.DRAFT).getResultStream().findFirst();
    }

    /** The draft, locked so that two admins editing it at once cannot both win. */
    private PolicyVersion lockedDraft() {
        PolicyVersion draft = existingDraft()
                .orElseThrow(() -> new RuleViolation("There is no draft policy; start one to change the policy."));
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return draft;
    }

    private void record(Agent admin, AuditAction action, String summary, Map<String, Object> before,
            Map<String, Object> after) {
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), action, summary, before, after);
    }
}
