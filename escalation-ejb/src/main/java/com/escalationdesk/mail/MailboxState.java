package com.escalationdesk.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mailbox of the desk as the admin sees it: where it is (never its password), who writes to it,
 * whose queue its tickets go to, and how this server fares reading it.
 *
 * @param team the team named for it, or null for the desk's first team
 * @param lastReadAt when this server last read it, or null when it has not yet
 * @param failingSince since when this server cannot read it, or null when it can
 */
public record MailboxState(String name, String where, String address, String team, Instant lastReadAt, Instant failingSince,
        String lastError) implements Serializable {
}
