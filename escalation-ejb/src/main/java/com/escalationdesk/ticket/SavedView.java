package com.escalationdesk.ticket;

import java.io.Serializable;

/** A saved queue view as its owner's list shows it. */
public record SavedView(long id, QueueViewSpec spec) implements Serializable {

    static SavedView of(SavedQueueView v) {
        return new SavedView(v.getId(), v.spec());
    }
}
