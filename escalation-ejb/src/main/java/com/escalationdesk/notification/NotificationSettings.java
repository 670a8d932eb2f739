package com.escalationdesk.notification;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.mail.MailTransport;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.sla.BusinessCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Each signed-in person's own choice of the events that email them and of their working hours. */
@Stateless
@Boundary
@RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class NotificationSettings {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private MailTransport transport;

    public NotificationSettingsView mine() {
        Agent me = callers.current();
        return new NotificationSettingsView(me.getEmail(), me.emailedKinds(),
                me.getWorkingHours() == null ? null : me.getWorkingHours().getId(),
                em.createNamedQuery(BusinessCalendar.ALL, BusinessCalendar.class).getResultStream()
                        .map(c -> new NotificationSettingsView.CalendarChoice(c.getId(), c.getName() + ": " + c.describe()))
                        .toList(),
                transport.isOn());
    }

    public void save(Set<NotificationKind> emailed, Long workingHoursId) {
        Agent me = callers.current();
        BusinessCalendar hours = null;
        if (workingHoursId != null) {
            hours = em.find(BusinessCalendar.class, workingHoursId);
            if (hours == null) {
                throw new NotFound("That calendar no longer exists; choose another.");
            }
        }
        Map<String, Object> before = state(me);
        me.chooseNotifications(emailed == null ? EnumSet.noneOf(NotificationKind.class) : emailed, hours);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, me.getLoginName(), AuditAction.NOTIFICATION_SETTINGS_CHANGED,
                me.getDisplayName() + " now gets email for " + (me.emailedKinds().isEmpty() ? "nothing"
                        : String.join(", ", me.emailedKinds().stream().map(NotificationKind::label).toList()))
                        + "; working hours: " + (hours == null ? "those of each service level" : hours.getName()),
                before, state(me));
    }

    private static Map<String, Object> state(Agent a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("agent", a.getLoginName());
        state.put("emailed", a.emailedKinds().stream().map(Enum::name).sorted().toList());
        state.put("workingHours", a.getWorkingHours() == null ? null : a.getWorkingHours().getName());
        return state;
    }
}
