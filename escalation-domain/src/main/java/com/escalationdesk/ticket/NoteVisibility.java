package com.escalationdesk.ticket;

/** Internal notes are for agents only; public ones are part of the conversation with the customer. */
public enum NoteVisibility {
    INTERNAL, PUBLIC
}
