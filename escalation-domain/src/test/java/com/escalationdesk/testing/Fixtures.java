package com.escalationdesk.testing;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.directory.Tier;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Persistent-looking objects for domain tests: the database would give them ids. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-24T09:30:00Z");
    public static final Tier TIER_1 = new Tier(1, "Frontline", null);
    public static final Tier TIER_2 = new Tier(2, "Specialists", null);
    public static final Tier TIER_3 = new Tier(3, "Experts", null);
    private static final AtomicLong IDS = new AtomicLong(1);

    public final Team frontline = withId(new Team("Frontline support", TIER_1, null));
    public final Team billing = withId(new Team("Billing specialists", TIER_2, null));
    public final Agent alice = withId(new Agent("alice", "Alice Tier1", "alice@example.test", "x", frontline, Set.of(Role.AGENT)));
    public final Agent bob = withId(new Agent("bob", "Bob Tier2", "bob@example.test", "x", billing, Set.of(Role.AGENT)));
    public final Customer customer = withId(new Customer("Northwind Traders", "ops@northwind.test", CustomerSegment.BUSINESS));

    public Ticket ticket() {
        Ticket t = withId(new Ticket(customer, "Invoice charged twice", "The November invoice was charged twice.",
                Category.BILLING, Priority.HIGH, alice, NOW));
        t.assignNumber();
        return t;
    }

    public static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, IDS.incrementAndGet());
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
