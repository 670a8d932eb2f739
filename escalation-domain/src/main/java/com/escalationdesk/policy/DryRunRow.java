package com.escalationdesk.policy;

import java.io.Serializable;

/** One ticket in a dry run: what the active and the draft policy would do with it, side by side. */
public record DryRunRow(String ticketNumber, String subject, String facts, String current, String draft,
        boolean differs) implements Serializable {
}
