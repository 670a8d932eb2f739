package com.escalationdesk.directory;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A user on the admin's directory screen. */
public record UserRow(String loginName, String displayName, String email, Long teamId, String teamName, TierView tier,
        Set<Role> roles, AuthorityLevel approvalLevel, String managerLogin, String managerName, boolean active,
        Instant signInLockedUntil, Boolean knowledgeReviewer, boolean reviewsKnowledge, boolean integration) implements Serializable {

    /** The roles in words, e.g. "Agent, Manager". */
    public String rolesText() {
        return Role.labels(roles);
    }

    /** {@code lockedUntil}: when a lock after failed sign-ins ends, or null. */
    static UserRow of(Agent a, Instant lockedUntil) {
        return new UserRow(a.getLoginName(), a.getDisplayName(), a.getEmail(),
                a.getTeam() == null ? null : a.getTeam().getId(), a.getTeam() == null ? null : a.getTeam().getName(),
                TierView.of(a.getTier()), a.getRoles(), a.getApprovalLevel(),
                a.getManager() == null ? null : a.getManager().getLoginName(),
                a.getManager() == null ? null : a.getManager().getDisplayName(), a.isActive(), lockedUntil,
                a.getKnowledgeReviewer(), a.reviewsKnowledge(), a.isIntegration());
    }
}
