package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue queries, paged, sorted and filtered in the database so that a queue page costs the
 * same with a hundred tickets as with a hundred thousand (indexes in V6).
 */
final class QueueQueries {

    private QueueQueries() {
    }

    static List<Ticket> page(EntityManager em, Agent caller, QueueQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Ticket> query = cb.createQuery(Ticket.class);
        Root<Ticket> t = query.from(Ticket.class);
        t.fetch("team");
        t.fetch("assignee", JoinType.LEFT);
        // The customer is joined only to search or sort by it: a join for every page made the database
        // sort all of a queue's tickets (with 100,000 customers) instead of reading the newest from an
        // index. The page's 25 customers are then read by their keys, mostly from the shared cache.
        Join<Ticket, Customer> customer = needsCustomer(q) ? t.join("customer") : null;
        List<Order> order = new ArrayList<>();
        // The queue's owner leads the sort although it is the same on every row: so the database reads
        // the newest tickets in order from the owner's index (V18) instead of sorting all of them.
        order.add(cb.desc(t.get(q.scope() == QueueScope.MINE ? "assigneeKey" : "teamKey")));
        order.addAll(order(cb, t, customer, q));
        query.select(t).where(where(cb, t, customer, caller, q)).orderBy(order);
        return em.createQuery(query).setFirstResult(q.first()).setMaxResults(q.pageSize()).getResultList();
    }

    static long count(EntityManager em, Agent caller, QueueQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Ticket> t = query.from(Ticket.class);
        Join<Ticket, Customer> customer = q.text() != null ? t.join("customer") : null;
        query.select(cb.count(t)).where(where(cb, t, customer, caller, q));
        return em.createQuery(query).getSingleResult();
    }

    private static boolean needsCustomer(QueueQuery q) {
        return q.text() != null || "customer".equals(q.sortField());
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<Ticket> t, Join<Ticket, Customer> customer, Agent caller,
            QueueQuery q) {
        List<Predicate> where = new ArrayList<>();
        where.add(q.scope() == QueueScope.MINE ? cb.equal(t.get("assignee"), caller) : cb.equal(t.get("team"), caller.getTeam()));
        where.add(t.get("status").in(TicketStatus.RESOLVED, TicketStatus.CLOSED).not());
        QueueFilter filter = q.filter().requireFits(q.scope());
        if (!filter.priorities().isEmpty()) {
            where.add(t.get("priority").in(filter.priorities()));
        }
        if (!filter.statuses().isEmpty()) {
            where.add(t.get("status").in(filter.statuses()));
        }
        if (filter.unassignedOnly()) {
            // the key column, not the relationship: a path through it would join the agents and drop the unassigned
            where.add(cb.isNull(t.get("assigneeKey")));
        }
        if (q.text() != null) {
            String like = "%" + q.text().toLowerCase().replace("\\", "").replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(cb.lower(t.get("subject")), like), cb.like(cb.lower(t.get("number")), like),
                    cb.like(cb.lower(customer.get("name")), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Ticket> t, Join<Ticket, Customer> customer, QueueQuery q) {
        if ("assignee".equals(q.sortField())) {
            // By the assignee's name through an outer join (a path to it would drop the unassigned), and the
            // unassigned after every assignee's, whichever way the column sorts.
            Join<Ticket, ?> assignee = t.join("assignee", JoinType.LEFT);
            Expression<Integer> unassigned = cb.<Integer>selectCase().when(cb.isNull(assignee.get("id")), 1).otherwise(0);
            Expression<?> name = assignee.get("displayName");
            return List.of(cb.asc(unassigned), q.ascending() ? cb.asc(name) : cb.desc(name), cb.desc(t.get("id")));
        }
        Expression<?> key = switch (q.sortField() == null ? "updatedAt" : q.sortField()) {
            case "number" -> t.get("id");
            case "subject" -> t.get("subject");
            case "customer" -> customer.get("name");
            case "status" -> t.get("status");
            case "priority" -> cb.selectCase(t.get("priority"))
                    .when(Priority.URGENT, 1).when(Priority.HIGH, 2).when(Priority.NORMAL, 3).otherwise(4);
            case "slaDueAt" -> t.get("slaDueAt");
            default -> t.get("updatedAt");
        };
        boolean ascending = q.sortField() == null ? false : q.ascending();
        if ("slaDueAt".equals(q.sortField())) {
            // Tickets without a running clock come after every due time, whichever way the column sorts.
            Expression<Integer> undated = cb.<Integer>selectCase().when(cb.isNull(t.get("slaDueAt")), 1).otherwise(0);
            return List.of(cb.asc(undated), ascending ? cb.asc(key) : cb.desc(key), cb.desc(t.get("id")));
        }
        return List.of(ascending ? cb.asc(key) : cb.desc(key), cb.desc(t.get("id")));
    }
}
