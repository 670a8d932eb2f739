package com.escalationdesk.directory.web;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The signed-in user for the page header and the choice of menu entries; sign-out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private Directory directory;

    @Inject
    private FacesContext faces;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null && faces.getExternalContext().getUserPrincipal() != null) {
            profile = directory.me();
        }
        return profile;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
