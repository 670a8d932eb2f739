package com.escalationdesk.directory;

/**
 * What a user may do in the application. The names double as the security roles (and identity
 * store groups), so they are also available as compile-time constants for {@code @RolesAllowed}.
 */
public enum Role {
    AGENT, MANAGER, ADMIN;

    public static final String AGENT_NAME = "AGENT";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";
}
