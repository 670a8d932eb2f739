package com.escalationdesk.directory;

import java.io.Serializable;
import java.util.Set;

/**
 * A user as the admin writes it; the team is named by id and the manager by login.
 * {@code knowledgeReviewer}: true or false as the admin decided, null to follow the tier (Tier 2 up).
 */
public record UserInput(String loginName, String displayName, String email, Long teamId, Set<Role> roles,
        AuthorityLevel approvalLevel, String managerLogin, Boolean knowledgeReviewer) implements Serializable {

    public UserInput(String loginName, String displayName, String email, Long teamId, Set<Role> roles,
            AuthorityLevel approvalLevel, String managerLogin) {
        this(loginName, displayName, email, teamId, roles, approvalLevel, managerLogin, null);
    }
}
