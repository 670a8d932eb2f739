package com.escalationdesk.directory;

import java.io.Serializable;

/** A customer as a choice on a form. */
public record CustomerOption(long id, String name, String email, CustomerSegment segment) implements Serializable {

    static CustomerOption of(Customer c) {
        return new CustomerOption(c.getId(), c.getName(), c.getEmail(), c.getSegment());
    }

    public String label() {
        return name + " <" + email + ">";
    }
}
