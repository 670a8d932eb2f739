package com.escalationdesk.knowledge;

import java.io.Serializable;
import java.time.Instant;

/** A coaching note as its agent and its team lead see it. */
public record CoachingNoteView(long id, String agent, String agentName, String article, String title, String note,
        String assignedBy, Instant assignedAt, Instant readAt) implements Serializable {

    public static CoachingNoteView of(CoachingNote n) {
        return new CoachingNoteView(n.getId(), n.getAgent().getLoginName(), n.getAgent().getDisplayName(), n.getArticle().number(),
                n.getArticle().getTitle(), n.getNote(), n.getAssignedBy().getDisplayName(), n.getAssignedAt(), n.getReadAt());
    }

    public boolean read() {
        return readAt != null;
    }
}
