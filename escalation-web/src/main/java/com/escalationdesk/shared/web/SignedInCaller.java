package com.escalationdesk.shared.web;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session and with which groups (the desk's roles). Kept in the HTTP session,
 * so it travels with the session to another server instance.
 */
public record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SignedInCaller {
        groups = Set.copyOf(groups);
    }
}
