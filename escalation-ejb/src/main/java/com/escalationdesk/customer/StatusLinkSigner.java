package com.escalationdesk.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Holds this installation's secret for signing status links. It is made at random the first time
 * it is needed and kept in the database, so that links survive restarts and every server of a
 * cluster signs alike; it never appears in the code or the configuration.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatusLinkSigner {

    private static final String NAME = "status-links";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    private volatile StatusLinks links;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StatusLinks links() {
        StatusLinks known = links;
        if (known == null) {
            synchronized (this) {
                if (links == null) {
                    links = new StatusLinks(Base64.getDecoder().decode(secret()));
                }
                known = links;
            }
        }
        return known;
    }

    private String secret() {
        List<?> found = em.createNativeQuery("SELECT secret FROM app_secret WHERE name = ?1").setParameter(1, NAME)
                .getResultList();
        if (!found.isEmpty()) {
            return (String) found.get(0);
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getEncoder().encodeToString(bytes);
        // Should another server make one at the same moment, the key refuses this one and the call fails once; the next reads theirs.
        em.createNativeQuery("INSERT INTO app_secret (name, secret) VALUES (?1, ?2)").setParameter(1, NAME)
                .setParameter(2, secret).executeUpdate();
        return secret;
    }
}
