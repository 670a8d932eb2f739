package com.escalationdesk.shared;

/**
 * A business operation was refused for a reason a user can read and act on. The message is shown
 * as it is on screens and in API problem responses, so it must never contain internals.
 */
public abstract sealed class DomainException extends RuntimeException
        permits RuleViolation, AccessRefused, NotFound, StaleVersion {

    protected DomainException(String message) {
        super(message);
    }
}
