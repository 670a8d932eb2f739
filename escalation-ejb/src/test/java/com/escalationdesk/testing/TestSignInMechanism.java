package com.escalationdesk.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a test in with a login name and password checked by the application's own identity store,
 * when the test asks for it; every other request stays anonymous.
 */
@ApplicationScoped
public class TestSignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }
}
