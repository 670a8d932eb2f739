package com.escalationdesk.audit;

import java.io.Serializable;
/** The first entry of a chain that does not check out, and why. */
public record BrokenLink(String chainKey, long sequenceNo, String reason) implements Serializable {

    @Override
    public String toString() {
        return chainKey + " #" + sequenceNo + ": " + reason;
    }
}
