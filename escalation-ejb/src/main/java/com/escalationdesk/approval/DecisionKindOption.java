package com.escalationdesk.approval;

/** A kind of decision as a choice on a form. */
public record DecisionKindOption(String code, String label, boolean monetary) {

    static DecisionKindOption of(DecisionKind k) {
        return new DecisionKindOption(k.getCode(), k.getLabel(), k.isMonetary());
    }
}
