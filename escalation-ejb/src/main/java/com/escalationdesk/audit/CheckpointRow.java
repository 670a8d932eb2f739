package com.escalationdesk.audit;

import java.io.Serializable;

/** A checkpoint as the screens and the API list it: the signed head, who made it and why, and its file. */
public record CheckpointRow(long id, TreeHead head, String madeBy, AuditCheckpoint.Reason reason, String note, String json)
        implements Serializable {

    static CheckpointRow of(AuditCheckpoint c) {
        return new CheckpointRow(c.getId(), c.head(), c.getMadeBy(), c.getReason(), c.getNote(), CheckpointJson.of(c.head()));
    }
}
