package com.escalationdesk.finder;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.sla.SlaClockView;
import com.escalationdesk.sla.SlaClocks;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketSnapshot;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticket finder: one search over every ticket the caller may see, in any status, by number,
 * subject, description, customer and the notes, replies and customer messages on it; ranked by
 * relevance, filtered, and paged in this server's ticket index.
 */
@Stateless
@Boundary
public class TicketFinder {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketFinderIndex index;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private Clock clock;

    /** How many tickets the caller may see match the search. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public long count(TicketSearch search) {
        check(search);
        return index.search(search, viewer(callers.current()), 0, 1).total();
    }

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public FinderResult search(TicketSearch search, int first, int pageSize) {
        check(search);
        checkPageSize(pageSize);
        if (first < 0) {
            throw new RuleViolation("A page starts at the first ticket or later.");
        }
        if (first > TicketIndex.MAX_OFFSET) {
            throw new RuleViolation("The finder lists the first " + TicketIndex.MAX_OFFSET
                    + " tickets of a search; narrow the search to see others.");
        }
        Agent caller = callers.current();
        return rows(index.search(search, viewer(caller), first, pageSize), caller);
    }

    /**
     * The page of hits that follows the one that ended at {@code after} (null: the first page), at any
     * depth: how an export reads every hit of a large search, a page at a time, in the search's order.
     * A page of hits whose every ticket the database keeps from the caller (the index may be a moment
     * behind it) is passed over, so that an empty page means the end and not a gap. Each page is
     * searched on the index as it is then, so a ticket changed meanwhile may be met twice or not at
     * all, as in any listing read page by page while it changes.
     */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public FinderResult searchAfter(TicketSearch search, FinderCursor after, int pageSize) {
        VisiblePage found = pageAfter(search, after, pageSize);
        Map<Long, SlaClockView> headlines = serviceLevels.headlines(found.tickets(), clock.instant());
        return new FinderResult(found.page().total(), found.tickets().stream()
                .map(t -> TicketSummary.of(t, headlines.get(t.getId()))).toList(), found.page().next());
    }

    /**
     * The page of tickets after {@code after} as another system reads them ({@link #searchAfter}, with
     * the tickets whole): how the API lists tickets. The last page says so (no next).
     */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public SnapshotPage snapshotsAfter(TicketSearch search, FinderCursor after, int pageSize) {
        VisiblePage found = pageAfter(search, after, pageSize);
        return new SnapshotPage(found.page().total(), found.tickets().stream().map(TicketSnapshot::of).toList(),
                found.page().ticketIds().size() < pageSize ? null : found.page().next());
    }

    /** A page of the index's hits and the tickets of it the caller may see. */
    private record VisiblePage(FinderPage page, List<Ticket> tickets) {
    }

    /** The first page after {@code after} with a ticket the caller may see, or the end. */
    private VisiblePage pageAfter(TicketSearch search, FinderCursor after, int pageSize) {
        check(search);
        checkPageSize(pageSize);
        if (after != null && !TicketIndex.fits(after, search.order())) {
            throw new RuleViolation("The page to continue from belongs to a search in another order; start the search again.");
        }
        Agent caller = callers.current();
        FinderViewer viewer = viewer(caller);
        FinderPage page = index.searchAfter(search, viewer, after, pageSize);
        List<Ticket> tickets = visible(page, caller);
        while (tickets.isEmpty() && page.next() != null && !page.ticketIds().isEmpty()) {
            page = index.searchAfter(search, viewer, page.next(), pageSize);
            tickets = visible(page, caller);
        }
        return new VisiblePage(page, tickets);
    }

    /** The page's tickets as rows, in its order, with the ones the database does not let the caller see left out. */
    private FinderResult rows(FinderPage page, Agent caller) {
        List<Ticket> tickets = visible(page, caller);
        if (tickets.isEmpty()) {
            return new FinderResult(page.total(), List.of(), page.next());
        }
        Map<Long, SlaClockView> headlines = serviceLevels.headlines(tickets, clock.instant());
        return new FinderResult(page.total(), tickets.stream().map(t -> TicketSummary.of(t, headlines.get(t.getId()))).toList(),
                page.next());
    }

    /** The page's tickets in its order, without the ones the database does not let the caller see. */
    private List<Ticket> visible(FinderPage page, Agent caller) {
        if (page.ticketIds().isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < page.ticketIds().size(); i++) {
            rank.put(page.ticketIds().get(i), i);
        }
        // the database decides who may see a ticket; the index only narrows, and may be a moment behind
        return em.createNamedQuery(Ticket.BY_IDS, Ticket.class).setParameter("ids", page.ticketIds())
                .getResultStream().filter(t -> TierPolicy.mayView(caller, t))
                .sorted(Comparator.comparing(t -> rank.get(t.getId()))).toList();
    }

    private static void checkPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw new RuleViolation("A page of the finder holds 1 to " + MAX_PAGE + " tickets.");
        }
    }

    private static void check(TicketSearch search) {
        RuleViolation.require(search, "Search");
        if (search.createdFrom() != null && search.createdTo() != null && !search.createdFrom().isBefore(search.createdTo())
                || search.resolvedFrom() != null && search.resolvedTo() != null
                        && !search.resolvedFrom().isBefore(search.resolvedTo())) {
            throw new RuleViolation("A date range must end after it begins.");
        }
        if (search.updatedFrom() != null && search.updatedTo() != null && !search.updatedFrom().isBefore(search.updatedTo())) {
            throw new RuleViolation("A date range must end after it begins.");
        }
    }

    /** Managers and admins see every ticket (as {@link TierPolicy#mayView} decides); agents their team's and their own. */
    private static FinderViewer viewer(Agent caller) {
        return caller.hasRole(Role.MANAGER) || caller.hasRole(Role.ADMIN)
                ? FinderViewer.everything(caller.getId())
                : new FinderViewer(false, caller.getTeam() == null ? Set.of() : Set.of(caller.getTeam().getId()), caller.getId());
    }
}
