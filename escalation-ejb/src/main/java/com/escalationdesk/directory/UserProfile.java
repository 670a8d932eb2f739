package com.escalationdesk.directory;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in: what the screens show in the header and use to choose what to offer. */
public record UserProfile(String loginName, String displayName, String teamName, TierView tier, Set<Role> roles) implements Serializable {

    static UserProfile of(Agent a) {
        return new UserProfile(a.getLoginName(), a.getDisplayName(),
                a.getTeam() == null ? null : a.getTeam().getName(), TierView.of(a.getTier()), a.getRoles());
    }

    public boolean isAgent() {
        return roles.contains(Role.AGENT);
    }

    public boolean isManager() {
        return roles.contains(Role.MANAGER);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
