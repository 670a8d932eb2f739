package com.escalationdesk.directory;

/**
 * What a user may do in the application. The names double as the security roles (and identity
 * store groups), so they are also available as compile-time constants for {@code @RolesAllowed}.
 */
public enum Role {
    AGENT("Agent"), MANAGER("Manager"), ADMIN("Admin");

    public static final String AGENT_NAME = "AGENT";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role's name on the screens. */
    public String label() {
        return label;
    }

    /** Roles as the screens list them: in this order, by their labels ("Agent, Manager"). */
    public static String labels(java.util.Collection<Role> roles) {
        return java.util.Arrays.stream(values()).filter(roles::contains).map(Role::label)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
