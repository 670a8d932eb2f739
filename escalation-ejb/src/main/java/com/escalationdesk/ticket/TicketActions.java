package com.escalationdesk.ticket;

import java.io.Serializable;
/**
 * What the caller may do on a ticket right now, decided on the server from the tier rules and the
 * ticket's state. The page offers exactly these; the services refuse everything else anyway.
 */
public record TicketActions(boolean work, boolean escalate, boolean decide, boolean withdraw, boolean claim,
        boolean reassign, boolean waitOnCustomer, boolean resume, boolean resolve, boolean reopen, boolean close,
        boolean link, boolean merge, boolean changePriority) implements Serializable {
}
