package com.escalationdesk.shared;

/**
 * The caller changed something as they last saw it, and it has changed since: an API call whose
 * {@code If-Match} no longer holds. Nothing was written; read it again and decide again.
 */
public final class StaleVersion extends DomainException {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String message) {
        super(message);
    }
}
