package com.escalationdesk.customer;

import java.io.Serializable;

/** One customer email template as the admin edits it. */
public record CustomerEmailRow(CustomerEvent event, String label, String subject, String body) implements Serializable {

    static CustomerEmailRow of(CustomerEmailTemplate t) {
        return new CustomerEmailRow(t.getEvent(), t.getEvent().label(), t.getSubject(), t.getBody());
    }
}
