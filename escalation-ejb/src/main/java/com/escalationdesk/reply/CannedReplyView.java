package com.escalationdesk.reply;

import com.escalationdesk.directory.Agent;
import java.io.Serializable;

/**
 * A canned reply as the agent's list and reply box show it: {@code body} as written or filled from a
 * ticket; {@code mine}: the caller may change it.
 */
public record CannedReplyView(long id, String title, String body, boolean shared, String team, boolean mine) implements Serializable {

    static CannedReplyView of(CannedReply r, Agent viewer, String body) {
        return new CannedReplyView(r.getId(), r.getTitle(), body, r.isShared(),
                r.getTeam() == null ? null : r.getTeam().getName(), r.keptBy(viewer));
    }
}
