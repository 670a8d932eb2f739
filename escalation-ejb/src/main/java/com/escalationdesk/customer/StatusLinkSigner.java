package com.escalationdesk.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Base64;

/** Signs and checks status links with this installation's secret, read once (or made) and then kept. */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatusLinkSigner {

    private static final String NAME = "status-links";

    @Inject
    private AppSecrets secrets;

    private volatile StatusLinks links;

    public StatusLinks links() {
        StatusLinks known = links;
        if (known == null) {
            synchronized (this) {
                if (links == null) {
                    links = new StatusLinks(Base64.getDecoder().decode(secrets.secret(NAME)));
                }
                known = links;
            }
        }
        return known;
    }
}
