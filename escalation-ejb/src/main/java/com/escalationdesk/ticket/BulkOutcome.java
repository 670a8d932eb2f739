package com.escalationdesk.ticket;

import java.io.Serializable;
import java.util.List;

/** What a change to many tickets at once did: the tickets it changed, and each it could not with why. */
public record BulkOutcome(List<String> changed, List<Refusal> refused) implements Serializable {

    public BulkOutcome {
        changed = List.copyOf(changed);
        refused = List.copyOf(refused);
    }

    /** A ticket left as it was, and the reason the user reads. */
    public record Refusal(String number, String reason) implements Serializable {
    }
}
