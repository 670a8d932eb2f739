package com.escalationdesk.approval;

import java.io.Serializable;
/** A kind of decision as the admin screen lists it. */
public record DecisionKindRow(String code, String label, boolean monetary, boolean active) implements Serializable {

    static DecisionKindRow of(DecisionKind k) {
        return new DecisionKindRow(k.getCode(), k.getLabel(), k.isMonetary(), k.isActive());
    }
}
