package com.escalationdesk.approval;

/** A kind of decision as the admin screen lists it. */
public record DecisionKindRow(String code, String label, boolean monetary, boolean active) {

    static DecisionKindRow of(DecisionKind k) {
        return new DecisionKindRow(k.getCode(), k.getLabel(), k.isMonetary(), k.isActive());
    }
}
