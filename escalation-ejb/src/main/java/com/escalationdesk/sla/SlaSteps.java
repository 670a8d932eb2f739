package com.escalationdesk.sla;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.policy.PolicyEngine;
import com.escalationdesk.policy.PolicyFacts;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.shared.ReadableDuration;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import com.escalationdesk.ticket.TicketEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fires the steps a clock has reached, each clock in a transaction of its own: the notices, the
 * automatic escalation and their audit entries commit together with the clock's new mark, or not
 * at all. The clock's and the ticket's versions make a second sweep that raced this one roll back,
 * so every step fires once however many sweeps run.
 */
@Stateless
@PermitAll
public class SlaSteps {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifier notifier;

    @Inject
    private TicketEvents events;

    @Inject
    private PolicyEngine escalationPolicy;

    @Inject
    private SlaClocks clocks;

    /** Fires what the clock has reached by now; returns how many steps fired (0 when another sweep did). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fire(long clockId, Instant now) {
        SlaClock clock = em.find(SlaClock.class, clockId);
        if (clock == null || clock.getNextStepAt() == null || clock.getNextStepAt().isAfter(now)) {
            return 0;
        }
        List<SlaStep> reached = clock.stepsReached(now);
        Ticket ticket = clock.getTicket();
        em.lock(ticket, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        boolean breached = clock.getDueAt() != null && !clock.getDueAt().isAfter(now);
        int fired = 0;
        boolean breachFired = false;
        for (SlaStep step : reached) {
            // After downtime a warning may come due together with the breach; the breach speaks for it.
            if (!(step.isWarning() && breached)) {
                act(step, clock, ticket, now);
                fired++;
                breachFired |= !step.isWarning();
            }
        }
        clock.stepsFired(reached.size());
        clocks.show(ticket, now);
        if (breachFired) {
            events.raise(new TicketEvent.ServiceLevelBreached(ticket, clock.getKind().label(), now, false));
        }
        return fired;
    }

    private void act(SlaStep step, SlaClock clock, Ticket ticket, Instant now) {
        switch (step.getAction()) {
            case NOTIFY_ASSIGNEE_AND_LEAD -> notifyAssigneeAndLead(step, clock, ticket, now);
            case ESCALATE_NEXT_TIER -> escalateToNextTier(step, clock, ticket, now);
            case ESCALATE_TO_LEAD -> escalateHierarchically(step, clock, ticket, leads(ticket), "team lead", now);
            case ESCALATE_TO_DEPARTMENT_MANAGER -> {
                Set<Agent> managers = Responsibles.departmentManagersOf(leads(ticket));
                escalateHierarchically(step, clock, ticket, managers.isEmpty() ? leads(ticket) : managers,
                        "department manager", now);
            }
        }
    }

    private void notifyAssigneeAndLead(SlaStep step, SlaClock clock, Ticket ticket, Instant now) {
        Set<Agent> told = new LinkedHashSet<>();
        if (ticket.getAssignee() != null) {
            told.add(ticket.getAssignee());
        }
        told.addAll(leads(ticket));
        String situation = situation(step, clock, now);
        tell(told, step, clock, ticket, situation);
        record(ticket, step.isWarning() ? AuditAction.SLA_WARNING : AuditAction.SLA_BREACHED,
                situation + "; notified " + names(told), step, clock);
    }

    private void escalateToNextTier(SlaStep step, SlaClock clock, Ticket ticket, Instant now) {
        String situation = situation(step, clock, now);
        if (ticket.pendingEscalation().isPresent()) {
            Set<Agent> leads = leads(ticket);
            tell(leads, step, clock, ticket, situation + "; it already waits for " + ticket.getTeam().getName() + " to accept it");
            record(ticket, AuditAction.SLA_BREACHED, situation + "; no automatic escalation, the ticket already waits for "
                    + ticket.getTeam().getName() + " to accept it; notified " + names(leads), step, clock);
            return;
        }
        PolicyVerdict verdict = escalationPolicy.verdict(PolicyStage.ESCALATION,
                PolicyFacts.of(ticket, now).withReason(EscalationReason.SLA_BREACH));
        Team proposed = verdict.routeTo();
        Team target = proposed != null && proposed.getTier().level() > ticket.getTeam().getTier().level() ? proposed
                : Responsibles.nextTierTeam(ticket, em.createNamedQuery(Team.ALL, Team.class).getResultList()).orElse(null);
        if (target == null) {
            escalateHierarchically(step, clock, ticket, leads(ticket), "team lead (no higher tier than "
                    + ticket.getTeam().getTier().label() + ")", now);
            return;
        }
        Agent system = systemAgent();
        Agent previousAssignee = ticket.getAssignee();
        Team from = ticket.getTeam();
        HandoffSummary handoff = new HandoffSummary(ticket.getSubject(),
                situation + ", under service-level policy " + clock.getPolicy().getName() + ".",
                target.getTier().label() + " to take the ticket over and meet the " + clock.getKind().label().toLowerCase()
                        + " target.");
        Map<String, Object> before = ticket.auditState();
        Escalation escalation = ticket.escalateFunctionally(target, system, EscalationReason.SLA_BREACH, handoff, now);
        escalation.governedBy(verdict.version(), ruleName(clock, step), target, verdict.acceptBy(now));
        em.persist(escalation);
        Set<Agent> told = new LinkedHashSet<>();
        if (previousAssignee != null) {
            told.add(previousAssignee);
        }
        told.addAll(leadsOf(ticket, target));
        tell(told, step, clock, ticket, situation + "; escalated from " + from.getName() + " to " + target.getName());
        Map<String, Object> after = escalation.auditStateWithTicket();
        after.put("sla.policy", clock.getPolicy().getName());
        after.put("sla.step", step.describe());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), Agent.SYSTEM_LOGIN, AuditAction.AUTO_ESCALATED,
                "Escalated automatically to " + target.getName() + " (" + target.getTier().label() + "), reason "
                        + EscalationReason.SLA_BREACH.label() + ": " + situation + ". Rule: service-level policy "
                        + clock.getPolicy().getName() + ", " + step.describe() + "; notified " + names(told),
                before, after);
        events.raise(new TicketEvent.Escalated(ticket, escalation, "The SLA monitor escalated " + ticket.getNumber() + " ("
                + ticket.getSubject() + ") to " + target.getName() + ": " + situation + ".", now, false));
    }

    private void escalateHierarchically(SlaStep step, SlaClock clock, Ticket ticket, Set<Agent> managers, String role,
            Instant now) {
        String situation = situation(step, clock, now);
        managers.forEach(ticket::workedOnBy);
        if (!ticket.isUnderManagementReview()) {
            // the customer's status page then says a manager has the case in view
            ticket.requestManagementReview(now);
        }
        tell(managers, step, clock, ticket, situation + "; it is brought to you as " + role);
        record(ticket, AuditAction.AUTO_ESCALATED, "Escalated automatically and hierarchically to " + names(managers)
                + " (" + role + "), reason " + EscalationReason.SLA_BREACH.label() + ": " + situation, step, clock);
    }

    /**
     * Warnings wait for working hours by email; so do breaches of a business-hours service level,
     * while a breach of a round-the-clock one is sent at once.
     */
    private void tell(Set<Agent> recipients, SlaStep step, SlaClock clock, Ticket ticket, String message) {
        String text = ticket.getNumber() + " (" + ticket.getSubject() + "): " + message;
        BusinessCalendar hours = clock.getPolicy().getCalendar();
        if (step.isWarning()) {
            // a warning emailed on Monday morning is moot if the target was met over the weekend
            recipients.forEach(r -> notifier.warn(r, ticket.getNumber(), text, hours, clock.getId()));
        } else if (!hours.isRoundTheClock()) {
            recipients.forEach(r -> notifier.remind(r, NotificationKind.SLA_BREACHED, ticket.getNumber(), text, hours));
        } else {
            notifier.tellAll(recipients, NotificationKind.SLA_BREACHED, ticket.getNumber(), text);
        }
    }

    private void record(Ticket ticket, AuditAction action, String summary, SlaStep step, SlaClock clock) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("clock", clock.getKind().name());
        state.put("policy", clock.getPolicy().getName());
        state.put("step", step.describe());
        state.put("dueAt", clock.getDueAt() == null ? null : clock.getDueAt().toString());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), Agent.SYSTEM_LOGIN, action,
                summary + ". Rule: service-level policy " + clock.getPolicy().getName() + ", " + step.describe(), null, state);
    }

    /** E.g. “Resolution at 75% of its 8 h target, due Tue 3 Mar 14:00 (Europe/Berlin)”. */
    private static String situation(SlaStep step, SlaClock clock, Instant now) {
        ZoneId zone = ZoneId.of(clock.getPolicy().getCalendar().getZone());
        String target = ReadableDuration.of(Duration.ofMinutes(clock.getTargetMinutes()));
        String due = clock.getDueAt() == null ? "" : ", due " + DUE.format(clock.getDueAt().atZone(zone)) + " (" + zone + ")";
        String where = step.isWarning() ? " at " + step.getAmount() + "% of its " + target + " target"
                : " breached its " + target + " target" + (step.getAmount() == 0 ? "" : " " + ReadableDuration.of(
                        Duration.ofMinutes(step.getAmount())) + " of business time ago");
        return clock.getKind().label() + where + due;
    }

    private static String ruleName(SlaClock clock, SlaStep step) {
        String name = "SLA " + clock.getPolicy().getName() + ": " + step.describe();
        return name.length() <= 100 ? name : name.substring(0, 99) + "…";
    }

    private Set<Agent> leads(Ticket ticket) {
        return leadsOf(ticket, ticket.getTeam());
    }

    private Set<Agent> leadsOf(Ticket ticket, Team team) {
        return Responsibles.leadsOf(ticket, em.createNamedQuery(Agent.IN_TEAM, Agent.class)
                .setParameter("team", team).getResultList());
    }

    private Agent systemAgent() {
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", Agent.SYSTEM_LOGIN)
                .getSingleResult();
    }

    private static String names(Set<Agent> agents) {
        return agents.isEmpty() ? "nobody (no assignee or lead)"
                : agents.stream().map(Agent::getDisplayName).collect(Collectors.joining(", "));
    }
}
