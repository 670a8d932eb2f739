package com.escalationdesk.sla;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a ticket's service-level clocks in step with what happens to it, in the caller's
 * transaction: started at intake, paused while the ticket waits on the customer, the first response
 * met by the first public reply, a fresh next-update clock after every reply, all stopped at
 * resolution, a new resolution clock at a reopen, and the clocks moved to another policy when the
 * ticket's priority or its customer's segment changes. Callers are boundaries that authorized the change.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SlaClocks {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /**
     * A new ticket: its first-response and resolution clocks under the policy that covers it. A new
     * ticket has no other clocks, so the ones started are all it follows (without asking the database,
     * which would first write the ticket and its clocks out only to read them back).
     */
    public void start(Ticket ticket, Instant now) {
        List<SlaClock> started = new ArrayList<>(2);
        policyFor(ticket).ifPresent(policy -> {
            startIfTargeted(ticket, SlaKind.FIRST_RESPONSE, policy, now).ifPresent(started::add);
            startIfTargeted(ticket, SlaKind.RESOLUTION, policy, now).ifPresent(started::add);
        });
        follow(ticket, started, now);
    }

    /** Pauses, resumes or stops the open clocks as the ticket's status now asks. */
    public void follow(Ticket ticket, Instant now) {
        follow(ticket, open(ticket), now);
    }

    private void follow(Ticket ticket, List<SlaClock> open, Instant now) {
        TicketStatus status = ticket.getStatus();
        for (SlaClock c : open) {
            if (!status.isActive()) {
                c.stop(now);
            } else if (status == TicketStatus.PENDING_CUSTOMER) {
                c.pause(now);
            } else {
                c.resume(now);
            }
        }
        show(ticket, open, now);
    }

    /** The customer heard from us: the first response is met and the next-update clock starts afresh. */
    public void publicReply(Ticket ticket, Instant now) {
        List<SlaClock> open = open(ticket);
        open.stream().filter(c -> c.getKind() == SlaKind.FIRST_RESPONSE || c.getKind() == SlaKind.NEXT_UPDATE)
                .forEach(c -> c.stop(now));
        if (ticket.getStatus().isActive()) {
            // under the policy the ticket's clocks already follow; a policy may set updates but no resolution target
            open.stream().map(SlaClock::getPolicy).findFirst().or(() -> policyFor(ticket))
                    .ifPresent(policy -> startIfTargeted(ticket, SlaKind.NEXT_UPDATE, policy, now));
        }
        follow(ticket, now);
    }

    /** A reopened ticket owes the customer a resolution (and updates) again. */
    public void reopened(Ticket ticket, Instant now) {
        policyFor(ticket).ifPresent(policy -> {
            startIfTargeted(ticket, SlaKind.RESOLUTION, policy, now);
            startIfTargeted(ticket, SlaKind.NEXT_UPDATE, policy, now);
        });
        follow(ticket, now);
    }

    /**
     * The ticket's priority or its customer's segment changed: open clocks under another policy than
     * the one that covers the ticket now are carried over to it ({@link SlaClock#replaceUnder}), and a
     * target of the new policy that no open clock measures starts counting now, if the ticket owes it.
     * Returns what changed, in words, or nothing when the same policy still covers the ticket.
     */
    public Optional<String> retarget(Ticket ticket, Instant now) {
        if (!ticket.getStatus().isActive()) {
            return Optional.empty();
        }
        SlaPolicy covering = policyFor(ticket).orElse(null);
        Set<SlaKind> measured = EnumSet.noneOf(SlaKind.class);
        boolean changed = false;
        for (SlaClock c : open(ticket)) {
            if (c.getPolicy().equals(covering)) {
                measured.add(c.getKind());
                continue;
            }
            changed = true;
            c.replaceUnder(covering, now).ifPresent(next -> {
                em.persist(next);
                measured.add(next.getKind());
            });
        }
        if (covering != null) {
            for (SlaKind kind : owed(ticket)) {
                if (!measured.contains(kind) && covering.targetFor(kind) != null) {
                    startIfTargeted(ticket, kind, covering, now);
                    changed = true;
                }
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        follow(ticket, now);
        return Optional.of(covering == null ? "no service-level policy covers it now, so its clocks end"
                : "service levels now under policy " + covering.getName() + " (" + covering.scope() + ")");
    }

    /** What an active ticket owes the customer: a first response until the first public reply, updates after it, and a resolution. */
    private static Set<SlaKind> owed(Ticket ticket) {
        boolean replied = ticket.getNotes().stream().anyMatch(n -> n.getVisibility() == NoteVisibility.PUBLIC);
        return EnumSet.of(replied ? SlaKind.NEXT_UPDATE : SlaKind.FIRST_RESPONSE, SlaKind.RESOLUTION);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SlaClockView> views(Ticket ticket, Instant now) {
        return em.createNamedQuery(SlaClock.OF_TICKET, SlaClock.class).setParameter("ticket", ticket)
                .getResultStream().map(c -> SlaClockView.of(c, now)).toList();
    }

    /**
     * Each ticket's headline clock ({@link SlaClock#headline}) as a queue row shows it, by ticket id;
     * tickets without an open clock are absent. One query for the whole page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, SlaClockView> headlines(List<Ticket> tickets, Instant now) {
        if (tickets.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<SlaClock>> open = em.createNamedQuery(SlaClock.OPEN_OF_TICKETS, SlaClock.class)
                .setParameter("tickets", tickets).getResultStream()
                .collect(Collectors.groupingBy(c -> c.getTicket().getId()));
        Map<Long, SlaClockView> headlines = new HashMap<>();
        open.forEach((ticketId, clocks) -> SlaClock.headline(clocks, now)
                .ifPresent(c -> headlines.put(ticketId, SlaClockView.of(c, now))));
        return headlines;
    }

    /** Copies the soonest due open clock (a paused one only once breached) onto the ticket, for the queues to sort and colour by. */
    public void show(Ticket ticket, Instant now) {
        show(ticket, open(ticket), now);
    }

    private static void show(Ticket ticket, List<SlaClock> open, Instant now) {
        Optional<SlaClock> soonest = SlaClock.soonestDue(open.stream().filter(c -> c.getStoppedAt() == null).toList());
        ticket.showServiceLevel(soonest.map(SlaClock::getDueAt).orElse(null),
                soonest.map(SlaClock::getAtRiskAt).orElse(null));
    }

    private Optional<SlaClock> startIfTargeted(Ticket ticket, SlaKind kind, SlaPolicy policy, Instant now) {
        if (policy.targetFor(kind) == null) {
            return Optional.empty();
        }
        SlaClock clock = new SlaClock(ticket, kind, policy, now);
        em.persist(clock);
        return Optional.of(clock);
    }

    private List<SlaClock> open(Ticket ticket) {
        if (ticket.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery(SlaClock.OPEN_OF_TICKET, SlaClock.class).setParameter("ticket", ticket)
                .getResultList();
    }

    Optional<SlaPolicy> policyFor(Ticket ticket) {
        // nothing this transaction changes decides which policy covers the ticket: a flush first would write
        // a new ticket out before its clocks set its due time, and then again with it
        CustomerSegment segment = ticket.getCustomer().getSegment();
        return SlaPolicy.forTicket(em.createNamedQuery(SlaPolicy.COVERING, SlaPolicy.class).setParameter("segment", segment)
                .setParameter("priority", ticket.getPriority()).setFlushMode(FlushModeType.COMMIT).getResultStream().distinct().toList(),
                segment, ticket.getPriority());
    }
}
