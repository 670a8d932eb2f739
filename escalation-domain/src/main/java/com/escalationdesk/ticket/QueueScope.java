package com.escalationdesk.ticket;

/** Which queue: the caller's own tickets, or everything active in their team. */
public enum QueueScope {
    MINE, TEAM
}
