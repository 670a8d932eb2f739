package com.escalationdesk.directory;

import java.io.Serializable;

/**
 * A customer first met at intake, entered by the agent taking the ticket in. Their time zone is the
 * one their emails and status page show times in; left blank, UTC.
 */
public record NewCustomer(String name, String email, CustomerSegment segment, String timeZone) implements Serializable {

    public NewCustomer(String name, String email, CustomerSegment segment) {
        this(name, email, segment, null);
    }

    /** The zone entered, or UTC when none was. */
    public String zoneOrUtc() {
        return timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
    }
}
