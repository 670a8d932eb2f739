package com.escalationdesk.shared.web;

import com.escalationdesk.directory.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the desk. Sign-in is {@link SessionSignIn} on our own Faces page; the identity store
 * is the agent table (AgentIdentityStore in the services).
 */
@DeclareRoles({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
