package com.escalationdesk.mail;

/** What became of an email the desk read. */
public enum InboundOutcome {
    NEW_TICKET("Opened a ticket"),
    ADDED_TO_TICKET("Added to its ticket"),
    FOLLOW_UP_TICKET("Opened a follow-up of a closed ticket"),
    IGNORED_AUTO_REPLY("Ignored: an automatic reply"),
    IGNORED_BOUNCE("Ignored: a bounce"),
    IGNORED_LOOP("Ignored: the desk's own email"),
    IGNORED_FLOOD("Ignored: too many emails from the sender"),
    FAILED("Could not be taken in");

    private final String label;

    InboundOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean ignored() {
        return name().startsWith("IGNORED");
    }
}
