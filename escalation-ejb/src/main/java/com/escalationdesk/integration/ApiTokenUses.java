package com.escalationdesk.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records when a token was last used, in a transaction of its own: a call's sign-in reads its token
 * without one, and writes its use at most once a minute per token.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ApiTokenUses {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /** The use now, unless one within the last minute was recorded already (by another call at the same moment, too). */
    public void record(long tokenId, Instant now) {
        em.createNamedQuery(ApiToken.MARK_USED).setParameter("now", now).setParameter("id", tokenId)
                .setParameter("since", ApiToken.recordedUseSince(now)).executeUpdate();
    }
}
