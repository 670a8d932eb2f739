package com.escalationdesk.directory;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.sla.SlaClocks;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin keeps customers' segments and time zones. A customer moved to another segment has the
 * service levels of their open tickets follow at once: each ticket's clocks move to the policy that
 * covers it now, recorded on the ticket's own audit chain as well as on the configuration chain.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class CustomerAdmin {

    static final int PAGE = 200;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private Clock clock;

    /**
     * The first customers whose name starts with the text, then those whose name or email contains it
     * (the first by name when it is blank); see {@link CustomerSearch}.
     */
    public List<CustomerRow> customers(String search) {
        return rows(CustomerSearch.first(em, search, PAGE));
    }

    /** The columns the customers table sorts by, and what each sorts on. */
    private static final Map<String, String> SORTED_BY = Map.of("name", "c.nameKey", "email", "c.email",
            "segment", "c.segment", "timeZone", "c.zone");

    /**
     * A page of the customers whose name or email contains the text (all of them when it is blank),
     * sorted by name, email, segment or time zone ({@code sortField}; by name when null), then by id.
     */
    public List<CustomerRow> customerPage(String search, int first, int max, String sortField, boolean ascending) {
        String order = SORTED_BY.get(sortField == null ? "name" : sortField);
        if (order == null) {
            throw new RuleViolation("Customers cannot be sorted by " + sortField + ".");
        }
        return rows(em.createQuery("select c from Customer c where c.nameKey like :text escape '\\'"
                        + " or lower(c.email) like :text escape '\\' order by " + order + (ascending ? " asc" : " desc") + ", c.id",
                        Customer.class)
                .setParameter("text", Customer.containing(search == null ? "" : search.strip()))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), PAGE)).getResultList());
    }

    /** How many customers {@link #customerPage} pages through for the text. */
    public long customerCount(String search) {
        return em.createQuery("select count(c) from Customer c where c.nameKey like :text escape '\\'"
                + " or lower(c.email) like :text escape '\\'", Long.class)
                .setParameter("text", Customer.containing(search == null ? "" : search.strip())).getSingleResult();
    }

    /** The customers as rows, each with its count of open tickets. */
    private List<CustomerRow> rows(List<Customer> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> open = em.createQuery("select t.customer.id, count(t) from Ticket t where t.customer in :customers"
                + " and t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED,"
                + " com.escalationdesk.ticket.TicketStatus.CLOSED) group by t.customer.id", Object[].class)
                .setParameter("customers", found).getResultStream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
        return found.stream().map(c -> new CustomerRow(c.getId(), c.getName(), c.getEmail(), c.getSegment(),
                c.zone().getId(), open.getOrDefault(c.getId(), 0L))).toList();
    }

    /**
     * Moves the customer to the segment and zone given. Returns how many of their open tickets now
     * run their clocks under another service-level policy.
     */
    public int change(long customerId, CustomerSegment segment, String timeZone) {
        Agent admin = callers.current();
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFound("That customer no longer exists.");
        }
        Map<String, Object> before = customer.auditState();
        CustomerSegment was = customer.getSegment();
        customer.change(segment, timeZone);
        Instant now = clock.instant();
        int moved = 0;
        if (was != customer.getSegment()) {
            for (Ticket ticket : em.createNamedQuery(Ticket.ACTIVE_OF_CUSTOMER, Ticket.class)
                    .setParameter("customer", customer).getResultList()) {
                String change = serviceLevels.retarget(ticket, now).orElse(null);
                if (change != null) {
                    moved++;
                    audit.record(AuditEntry.ticketChain(ticket.getNumber()), admin.getLoginName(),
                            AuditAction.CUSTOMER_CHANGED, "Customer " + customer.getName() + " moved from "
                                    + was.label() + " to " + customer.getSegment().label() + "; " + change,
                            Map.of("segment", was), Map.of("segment", customer.getSegment()));
                }
            }
        }
        StaleCheck.flush(em, "customer " + customer.getName());
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.CUSTOMER_CHANGED,
                "Customer " + customer.getName() + ": " + customer.getSegment().label() + ", times in "
                        + customer.zone().getId() + "; " + moved + (moved == 1 ? " open ticket" : " open tickets")
                        + " moved to another service-level policy", before, customer.auditState());
        return moved;
    }
}
