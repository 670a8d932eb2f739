package com.escalationdesk.customer;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The admin's wording of the emails customers get, one template per event. */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class CustomerEmails {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    /** Every template, in the order a case goes through them. */
    public List<CustomerEmailRow> templates() {
        return Arrays.stream(CustomerEvent.values()).map(e -> em.find(CustomerEmailTemplate.class, e))
                .filter(t -> t != null).map(CustomerEmailRow::of).toList();
    }

    public Map<String, String> placeholders() {
        return TemplateText.PLACEHOLDERS;
    }

    public void change(CustomerEvent event, String subject, String body) {
        CustomerEmailTemplate template = em.find(CustomerEmailTemplate.class, RuleViolation.require(event, "The email"));
        if (template == null) {
            throw new NotFound("There is no template for " + event.label() + ".");
        }
        Map<String, Object> before = template.auditState();
        template.change(subject, body);
        audit.record(AuditEntry.CONFIGURATION_CHAIN, callers.current().getLoginName(), AuditAction.CUSTOMER_EMAIL_CHANGED,
                "Customer email \u201c" + event.label() + "\u201d reworded: " + template.getSubject(), before,
                template.auditState());
    }
}
