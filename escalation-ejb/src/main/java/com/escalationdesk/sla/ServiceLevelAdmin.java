package com.escalationdesk.sla;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The admin's business calendars and service-level policies. A change recomputes every open clock
 * that counts under it from its ledger, in the same transaction, and is audited on the
 * configuration chain with the number of clocks recomputed.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class ServiceLevelAdmin {

    /** The round-the-clock calendar the schema ships (V10). */
    static final long ROUND_THE_CLOCK_ID = 1L;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private SlaClocks clocks;

    @Inject
    private Clock clock;

    public List<CalendarRow> calendars() {
        return em.createNamedQuery(BusinessCalendar.ALL, BusinessCalendar.class).getResultStream()
                .map(c -> CalendarRow.of(c, em.createNamedQuery(SlaPolicy.ON_CALENDAR, SlaPolicy.class)
                        .setParameter("calendar", c).getResultList().size())).toList();
    }

    public List<SlaPolicyRow> policies() {
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultStream()
                .map(p -> SlaPolicyRow.of(p, em.createNamedQuery(SlaClock.COUNT_OPEN_UNDER_POLICY, Long.class)
                        .setParameter("policy", p).getSingleResult())).toList();
    }

    public long createCalendar(CalendarInput input) {
        RuleViolation.require(input, "Calendar");
        requireFreeName(input.name(), null);
        BusinessCalendar calendar = input.roundTheClock() ? BusinessCalendar.roundTheClock(input.name(), input.zone())
                : BusinessCalendar.workingHours(input.name(), input.zone(), input.weeklyHours(), holidays(input.holidays()));
        em.persist(calendar);
        StaleCheck.flush(em, "calendar " + calendar.getName());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, callers.current().getLoginName(), AuditAction.CALENDAR_CREATED,
                "Calendar " + calendar.getName() + ": " + calendar.describe(), null, calendar.auditState());
        return calendar.getId();
    }

    public int updateCalendar(long id, CalendarInput input) {
        RuleViolation.require(input, "Calendar");
        BusinessCalendar calendar = calendar(id);
        requireFreeName(input.name(), calendar);
        if (id == ROUND_THE_CLOCK_ID && !input.roundTheClock()) {
            throw new RuleViolation("The 24x7 calendar stays round the clock; create another calendar for working hours.");
        }
        Map<String, Object> before = calendar.auditState();
        List<SlaPolicy> policies = em.createNamedQuery(SlaPolicy.ON_CALENDAR, SlaPolicy.class)
                .setParameter("calendar", calendar).getResultList();
        List<Climbed> open = new ArrayList<>();
        policies.forEach(policy -> open.addAll(openClocks(policy)));
        calendar.change(input.name(), input.zone(), input.roundTheClock(), input.weeklyHours(), holidays(input.holidays()));
        int recomputed = recompute(open);
        StaleCheck.flush(em, "calendar " + calendar.getName());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, callers.current().getLoginName(), AuditAction.CALENDAR_CHANGED,
                "Calendar " + calendar.getName() + ": " + calendar.describe() + "; " + clocksText(recomputed), before,
                calendar.auditState());
        return recomputed;
    }

    public long createPolicy(SlaPolicyInput input) {
        RuleViolation.require(input, "Service-level policy");
        requireFreePolicyName(input.name(), null);
        SlaPolicy policy = new SlaPolicy(input.name(), input.segment(), input.priority(), calendar(input.calendarId()),
                input.firstResponseMinutes(), input.nextUpdateMinutes(), input.resolutionMinutes(), steps(input));
        em.persist(policy);
        StaleCheck.flush(em, "policy " + policy.getName());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, callers.current().getLoginName(), AuditAction.SLA_POLICY_CREATED,
                "Service-level policy " + policy.getName() + " (" + policy.scope() + "); it applies to tickets taken in"
                        + " from now on", null, policy.auditState());
        return policy.getId();
    }

    /** Changes a policy; the clocks already running under it take the new targets, ladder and calendar. */
    public int updatePolicy(long id, SlaPolicyInput input) {
        RuleViolation.require(input, "Service-level policy");
        SlaPolicy policy = em.find(SlaPolicy.class, id);
        if (policy == null) {
            throw new NotFound("There is no service-level policy " + id + ".");
        }
        requireFreePolicyName(input.name(), policy);
        Map<String, Object> before = policy.auditState();
        List<Climbed> open = openClocks(policy);
        policy.change(input.name(), input.segment(), input.priority(), calendar(input.calendarId()),
                input.firstResponseMinutes(), input.nextUpdateMinutes(), input.resolutionMinutes(), steps(input));
        int recomputed = recompute(open);
        StaleCheck.flush(em, "policy " + policy.getName());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, callers.current().getLoginName(), AuditAction.SLA_POLICY_CHANGED,
                "Service-level policy " + policy.getName() + " (" + policy.scope() + "); " + clocksText(recomputed),
                before, policy.auditState());
        return recomputed;
    }

    /** An open clock and how far up its ladder it had climbed before the change. */
    private record Climbed(SlaClock clock, int rank) {
    }

    private List<Climbed> openClocks(SlaPolicy policy) {
        return em.createNamedQuery(SlaClock.OPEN_UNDER_POLICY, SlaClock.class).setParameter("policy", policy)
                .getResultStream().map(c -> new Climbed(c, c.climbed())).toList();
    }

    private int recompute(List<Climbed> open) {
        Instant now = clock.instant();
        open.forEach(c -> c.clock().recompute(c.rank(), now));
        open.stream().map(c -> c.clock().getTicket()).distinct().forEach(t -> clocks.show(t, now));
        return open.size();
    }

    private static String clocksText(int recomputed) {
        return recomputed + (recomputed == 1 ? " open clock" : " open clocks") + " recomputed from their ledgers";
    }

    private List<SlaStep> steps(SlaPolicyInput input) {
        return input.steps() == null ? List.of() : input.steps().stream().map(SlaStepInput::toStep).toList();
    }

    private BusinessCalendar calendar(Long id) {
        BusinessCalendar calendar = id == null ? null : em.find(BusinessCalendar.class, id);
        if (calendar == null) {
            throw new NotFound(id == null ? "Choose the calendar the policy counts on." : "There is no calendar " + id + ".");
        }
        return calendar;
    }

    private void requireFreeName(String name, BusinessCalendar self) {
        String key = RuleViolation.requireText(name, "Calendar name", 100).toLowerCase(Locale.ROOT);
        em.createNamedQuery(BusinessCalendar.BY_NAME, BusinessCalendar.class).setParameter("name", key).getResultStream()
                .filter(c -> self == null || !c.getId().equals(self.getId())).findFirst().ifPresent(c -> {
                    throw new RuleViolation("A calendar named " + c.getName() + " exists already.");
                });
    }

    private void requireFreePolicyName(String name, SlaPolicy self) {
        String key = RuleViolation.requireText(name, "Policy name", 100).toLowerCase(Locale.ROOT);
        em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultStream()
                .filter(p -> p.getName().toLowerCase(Locale.ROOT).equals(key))
                .filter(p -> self == null || !p.getId().equals(self.getId())).findFirst().ifPresent(p -> {
                    throw new RuleViolation("A service-level policy named " + p.getName() + " exists already.");
                });
    }

    /** Holidays as ISO dates (2026-12-24) separated by commas, spaces or new lines. */
    static Set<LocalDate> holidays(String text) {
        Set<LocalDate> dates = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return dates;
        }
        for (String item : text.strip().split("[,;\\s]+")) {
            try {
                dates.add(LocalDate.parse(item));
            } catch (DateTimeParseException e) {
                throw new RuleViolation("“" + item + "” is not a date; write holidays as 2026-12-24, 2026-12-25.");
            }
        }
        return dates;
    }
}
