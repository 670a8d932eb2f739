package com.escalationdesk.shared.web;

import com.escalationdesk.directory.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page; the identity store is the agent table (AgentIdentityStore in
 * the services). The session remembers the caller for the pages and the API alike.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
