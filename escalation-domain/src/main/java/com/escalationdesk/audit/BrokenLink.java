package com.escalationdesk.audit;

/** The first entry of a chain that does not check out, and why. */
public record BrokenLink(String chainKey, long sequenceNo, String reason) {

    @Override
    public String toString() {
        return chainKey + " #" + sequenceNo + ": " + reason;
    }
}
