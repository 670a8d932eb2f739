package com.escalationdesk.directory;

import java.io.Serializable;

/** A customer first met at intake, entered by the agent taking the ticket in. */
public record NewCustomer(String name, String email, CustomerSegment segment) implements Serializable {
}
