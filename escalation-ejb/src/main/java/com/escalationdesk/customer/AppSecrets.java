package com.escalationdesk.customer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * This installation's secrets, made at random the first time one is needed and kept in the
 * database, so that they survive restarts, every server of a cluster uses the same, and none
 * appears in the code or the configuration. Servers that make the same secret at the same moment
 * all end up with the one stored first.
 */
@Stateless
@PermitAll
public class AppSecrets {

    private static final Logger LOG = Logger.getLogger(AppSecrets.class.getName());

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The secret of that name (32 random bytes, Base64), made now if there is none yet. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String secret(String name) {
        AppSecrets self = context.getBusinessObject(AppSecrets.class);
        return self.stored(name).orElseGet(() -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                self.store(name, Base64.getEncoder().encodeToString(bytes));
            } catch (EJBException lost) {
                // Another server (or thread) stored it first: the key refused this one, and theirs is read below.
                LOG.fine(() -> "Secret " + name + " was made elsewhere at the same moment: " + lost);
            }
            return self.stored(name).orElseThrow(() -> new IllegalStateException("Secret " + name + " could not be stored"));
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> stored(String name) {
        List<?> found = em.createNativeQuery("SELECT secret FROM app_secret WHERE name = ?1").setParameter(1, name)
                .getResultList();
        return found.stream().map(String.class::cast).findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(String name, String secret) {
        em.createNativeQuery("INSERT INTO app_secret (name, secret) VALUES (?1, ?2)").setParameter(1, name)
                .setParameter(2, secret).executeUpdate();
    }
}
