package com.escalationdesk.directory;

import java.io.Serializable;
import java.util.Set;

/** A user as the admin writes it; the team is named by id and the manager by login. */
public record UserInput(String loginName, String displayName, String email, Long teamId, Set<Role> roles,
        AuthorityLevel approvalLevel, String managerLogin) implements Serializable {
}
