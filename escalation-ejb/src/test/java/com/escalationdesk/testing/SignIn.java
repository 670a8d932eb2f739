package com.escalationdesk.testing;

import com.escalationdesk.directory.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Makes the rest of an in-container test run as a demo user, through real Jakarta Security. */
@ApplicationScoped
public class SignIn {

    @Inject
    private SecurityContext security;

    public void as(String loginName) {
        AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(loginName, new Password(DemoData.DEMO_PASSWORD))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + loginName + ": " + status);
        }
        String signedIn = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        if (!loginName.equals(signedIn)) {
            throw new IllegalStateException("Signed in as " + signedIn + " instead of " + loginName);
        }
    }

    /** Back to an anonymous caller for the rest of the test. */
    public void out() {
        try {
            CurrentExchange.request().logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IllegalStateException("Could not sign out", e);
        }
        if (security.getCallerPrincipal() != null) {
            throw new IllegalStateException("Still signed in as " + security.getCallerPrincipal().getName());
        }
    }
}
