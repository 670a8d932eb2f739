package com.escalationdesk.approval;

import java.io.Serializable;
import java.time.LocalDate;

/** A delegation as the approvals page lists it. */
public record DelegationView(long id, String delegator, String delegate, LocalDate firstDay, LocalDate lastDay,
        boolean mine) implements Serializable {

    static DelegationView of(Delegation d, boolean mine) {
        return new DelegationView(d.getId(), d.getDelegator().getDisplayName(), d.getDelegate().getDisplayName(),
                d.getFirstDay(), d.getLastDay(), mine);
    }
}
