package com.escalationdesk.approval;

import java.io.Serializable;
/** A kind of decision as a choice on a form. */
public record DecisionKindOption(String code, String label, boolean monetary) implements Serializable {

    static DecisionKindOption of(DecisionKind k) {
        return new DecisionKindOption(k.getCode(), k.getLabel(), k.isMonetary());
    }
}
