package com.escalationdesk.ticket;

/** Who sees a note: the desk only, the customer too (our reply), or a message the customer wrote. */
public enum NoteVisibility {
    INTERNAL, PUBLIC, CUSTOMER;

    /** What an agent may write: customer messages come only from the customer's status page. */
    public static NoteVisibility[] writtenByAgents() {
        return new NoteVisibility[] {INTERNAL, PUBLIC};
    }

    /** Whether the customer sees it on their status page. */
    public boolean shownToCustomer() {
        return this != INTERNAL;
    }
}
