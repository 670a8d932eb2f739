package com.escalationdesk.directory.web;

import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.shared.web.SessionSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    private String loginName;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(loginName, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + returnTo(external));
            default -> FacesActions.error(external.getRequestMap().get(SessionSignIn.REFUSAL) instanceof String refusal
                    ? refusal : "Wrong login name or password.");
        }
    }

    /** The page the user asked for before signing in, if it was one of ours, else the home page. */
    private static String returnTo(ExternalContext external) {
        Object asked = external.getSessionMap().remove(SessionSignIn.RETURN_TO);
        return asked instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/index.xhtml";
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
