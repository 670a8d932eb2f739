package com.escalationdesk.knowledge;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Numbers every change to the knowledge base from the one counter row, inside the changing
 * transaction. The row stays locked until that transaction ends, so changes commit in the order of
 * their numbers: an index that has seen number n has seen every change before it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class KnowledgeChanges {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public long next() {
        em.createNativeQuery("UPDATE kb_change_counter SET last_change = last_change + 1 WHERE id = 1").executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_change FROM kb_change_counter WHERE id = 1").getSingleResult())
                .longValue();
    }
}
