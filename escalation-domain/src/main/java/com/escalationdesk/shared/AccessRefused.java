package com.escalationdesk.shared;

/** The caller is authenticated but their tier, team or ownership does not allow this action. */
public final class AccessRefused extends DomainException {

    public AccessRefused(String message) {
        super(message);
    }
}
