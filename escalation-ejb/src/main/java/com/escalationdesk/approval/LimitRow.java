package com.escalationdesk.approval;

import com.escalationdesk.directory.AuthorityLevel;
import java.io.Serializable;

/** One authority limit as the admin screen lists it. */
public record LimitRow(String kindCode, String kind, AuthorityLevel level, String levelLabel, String max) implements Serializable {

    static LimitRow of(AuthorityLimit l) {
        return new LimitRow(l.getKind().getCode(), l.getKind().getLabel(), l.getLevel(), l.getLevel().label(),
                l.getMax() == null ? "may decide" : "up to " + l.getMax());
    }
}
