package com.escalationdesk.integration;

import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.NewCustomer;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.TicketSnapshot;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

/**
 * Tickets filed by other systems through the API, with an optional {@code Idempotency-Key}: the
 * ticket is opened by {@link Tickets#open} (the same policy, clocks, notices and audit as a ticket
 * taken in on the screen), and a retry with the same key gives the ticket the first request created
 * instead of a second one, also when the retries arrive at the same time.
 */
@Stateless
@Boundary
public class TicketIntake {

    /** What a create came to. */
    public sealed interface Outcome {
    }

    /** The ticket as its creating transaction committed it, and whether an earlier request with the same key had created it. */
    public record Created(TicketSnapshot ticket, boolean replayed) implements Outcome {

        public String number() {
            return ticket.number();
        }
    }

    /** The key was sent before with another request: nothing was created. */
    public record KeyReused(String message) implements Outcome {
    }

    /** How long a retry waits, at most, for a twin sent at the same time to finish. */
    private static final long TWIN_WAIT_MILLIS = 10_000;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Tickets tickets;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Opens the ticket, or with a key used before by the caller, gives what the first request with it
     * created; the same key with another request is refused. {@code requestHash} fingerprints the request.
     */
    @RolesAllowed(Role.AGENT_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome create(IntakeRequest request, String idempotencyKey, String requestHash) {
        RuleViolation.require(request, "The ticket");
        if (idempotencyKey != null) {
            IdempotentRequest.checkedKey(idempotencyKey);
        }
        TicketIntake self = context.getBusinessObject(TicketIntake.class);
        long giveUpAt = System.currentTimeMillis() + TWIN_WAIT_MILLIS;
        while (true) {
            try {
                return self.attempt(request, idempotencyKey, requestHash);
            } catch (EJBException e) {
                // a twin with the same key committed its row first (the unique key refused ours), or holds it uncommitted
                if (idempotencyKey == null || System.currentTimeMillis() > giveUpAt || !twinPossible(e)) {
                    throw e;
                }
                if (!self.settled(idempotencyKey) && !waited()) {
                    throw e;
                }
            }
        }
    }

    /**
     * One try, in a transaction of its own: the key's row and the ticket commit together or not at all.
     * Of two tries with one key at the same time, both open a ticket, but the database's unique key lets
     * only one write its row: the other's transaction rolls back whole, and its next try replays the first.
     */
    @RolesAllowed(Role.AGENT_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome attempt(IntakeRequest request, String idempotencyKey, String requestHash) {
        String caller = callers.current().getLoginName();
        if (idempotencyKey != null) {
            IdempotentRequest earlier = em.createNamedQuery(IdempotentRequest.OF, IdempotentRequest.class)
                    .setParameter("caller", caller).setParameter("key", idempotencyKey).getResultStream().findFirst().orElse(null);
            if (earlier != null && earlier.forgotten(clock.instant())) {
                // older than keys are kept: the hourly sweep has not come to it yet
                em.remove(earlier);
                em.flush();
                earlier = null;
            }
            if (earlier != null) {
                if (!earlier.sameRequest(requestHash)) {
                    return new KeyReused("The Idempotency-Key " + idempotencyKey + " was sent before with another request;"
                            + " use a new key for a new ticket.");
                }
                return new Created(tickets.snapshot(earlier.getCreatedNumber()), true);
            }
        }
        String number = tickets.open(newTicket(request));
        if (idempotencyKey != null) {
            em.persist(new IdempotentRequest(caller, idempotencyKey, requestHash, number, clock.instant()));
            // now rather than at commit: a twin's refusal by the unique key then reaches create() as the database's error
            em.flush();
        }
        // read here, in the transaction that wrote it, rather than in one more after the commit
        return new Created(tickets.snapshot(number), false);
    }

    /** Whether a request with the key committed (then the next try finds it). */
    @RolesAllowed(Role.AGENT_NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean settled(String idempotencyKey) {
        return !em.createNamedQuery(IdempotentRequest.OF, IdempotentRequest.class)
                .setParameter("caller", callers.current().getLoginName()).setParameter("key", idempotencyKey).getResultList().isEmpty();
    }

    /** Whether the failure is the database refusing or holding a second row with the key: a unique key or a lock. */
    private static boolean twinPossible(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean waited() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private NewTicket newTicket(IntakeRequest r) {
        String email = RuleViolation.requireText(r.customerEmail(), "The customer's email", 200).toLowerCase(Locale.ROOT);
        Customer known = em.createNamedQuery(Customer.BY_EMAIL, Customer.class).setParameter("email", email).getResultStream()
                .findFirst().orElse(null);
        if (known != null) {
            return new NewTicket(known.getId(), null, r.subject(), r.description(), r.category(), r.priority(), false);
        }
        if (r.customerName() == null || r.customerName().isBlank()) {
            throw new RuleViolation("No customer has the email " + email + ": give their name too, and they are created with the ticket.");
        }
        return new NewTicket(null, new NewCustomer(r.customerName(), email, CustomerSegment.STANDARD), r.subject(), r.description(),
                r.category(), r.priority(), false);
    }
}
