package com.escalationdesk.directory.web;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.directory.UserProfile;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's view of teams (with their tiers) and users. */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Directory directory;

    private List<TeamOption> teams = List.of();
    private List<UserProfile> users = List.of();

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            teams = directory.teams();
            users = directory.users();
        });
    }

    public List<TeamOption> getTeams() {
        return teams;
    }

    public List<UserProfile> getUsers() {
        return users;
    }
}
