package com.escalationdesk.shared.web;

import com.escalationdesk.integration.ApiTokens;
import com.escalationdesk.signin.SignInOutcome;
import com.escalationdesk.signin.SignIns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form sign-in on our own Faces page, remembered by the HTTP session.
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession}
 * hands the container only the session's principal on each later request, and Payara 6 then finds
 * that principal's groups through a security context that is shared between threads
 * (payara/Payara#6145, fixed after 6.2025.10). Under concurrent load 1–2% of requests lost their
 * groups and were refused with 403. Here the session keeps the caller's name and groups itself, and
 * every request hands both to the container, so no request depends on shared state, and a session
 * that moves to another server instance keeps its roles (payara/Payara#6342).
 *
 * <p>Passwords are checked by {@link SignIns}, which slows down and locks repeated failures. A call
 * to the API may instead present an API token ({@code Authorization: Bearer edk_…}, checked by
 * {@link ApiTokens}): it then runs as the token's owner for that request, with no session.
 */
@ApplicationScoped
public class SessionSignIn implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link SignedInCaller}. */
    public static final String CALLER = "escalationdesk.caller";
    /** The session attribute holding the page a signed-out user asked for, to return to after signing in. */
    public static final String RETURN_TO = "escalationdesk.returnTo";
    static final String LOGIN_PAGE = "/login.xhtml";

    /** The request attribute set when an API call signed in with a bearer token (no session, no cookie). */
    public static final String BEARER = "escalationdesk.bearer";
    /** The request attribute holding why an API call's bearer token was refused. */
    public static final String BEARER_REFUSAL = "escalationdesk.bearerRefusal";

    /** The request attribute holding what the sign-in page says when an attempt was refused. */
    public static final String REFUSAL = "escalationdesk.signInRefusal";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignIns signIns;

    @Inject
    private ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // a call from another system: it runs as the token's owner for this request alone
            SignInOutcome outcome = tokens.presented(authorization.substring(7).strip());
            if (outcome instanceof SignInOutcome.Bearer bearer) {
                request.setAttribute(BEARER, bearer);
                return context.notifyContainerAboutLogin(bearer.login(), bearer.groups());
            }
            // anonymous from here: the API's guard answers 401 with the reason
            request.setAttribute(BEARER_REFUSAL, ((SignInOutcome.Refused) outcome).message());
            return context.doNothing();
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return signIn(request, context, signIns.attempt(login.getCaller(), login.getPassword().getValue(),
                    request.getRemoteAddr()));
        }
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? signIn(request, context, new SignInOutcome.Accepted(result.getCallerPrincipal().getName(),
                            result.getCallerGroups()))
                    : context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.Refused refused) {
            request.setAttribute(REFUSAL, refused.message());
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome.Accepted accepted = (SignInOutcome.Accepted) outcome;
        // A new session id at sign-in, so that an id planted before it is worth nothing (session fixation).
        HttpSession session = request.getSession(true);
        if (!session.isNew()) {
            request.changeSessionId();
        }
        SignedInCaller caller = new SignedInCaller(accepted.login(), accepted.groups());
        session.setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
