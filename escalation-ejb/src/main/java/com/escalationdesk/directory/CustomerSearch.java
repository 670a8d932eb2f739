package com.escalationdesk.directory;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customers a picker or the customers page offers for what was typed: first those whose name
 * starts with it, read in name order from an index, so that a short or common text costs the same
 * with 100,000 customers as with ten; then, when those are fewer than asked for, those whose name
 * or email contains it elsewhere (a rarer text, which the database has to look for row by row).
 */
final class CustomerSearch {

    private CustomerSearch() {
    }

    static List<Customer> first(EntityManager em, String text, int max) {
        List<Customer> found = new ArrayList<>(em.createNamedQuery(Customer.NAME_STARTING, Customer.class)
                .setParameter("prefix", Customer.startingWith(text)).setMaxResults(max).getResultList());
        if (found.size() < max) {
            Set<Long> seen = new HashSet<>();
            found.forEach(c -> seen.add(c.getId()));
            em.createNamedQuery(Customer.MATCHING, Customer.class).setParameter("text", Customer.containing(text))
                    .setMaxResults(max + found.size()).getResultStream()
                    .filter(c -> seen.add(c.getId())).limit(max - found.size()).forEach(found::add);
        }
        return found;
    }
}
