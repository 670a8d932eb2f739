package com.escalationdesk.directory.web;

import com.escalationdesk.directory.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sends each user to the screen of their job. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private CurrentUser currentUser;

    public String route() {
        UserProfile me = currentUser.getProfile();
        if (me == null) {
            return "/login?faces-redirect=true";
        }
        if (me.isAgent()) {
            return "/ticket/queue?faces-redirect=true";
        }
        if (me.isManager()) {
            return "/metrics/dashboard?faces-redirect=true";
        }
        return "/admin/directory?faces-redirect=true";
    }
}
