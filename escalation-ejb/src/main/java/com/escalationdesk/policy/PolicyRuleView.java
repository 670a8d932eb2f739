package com.escalationdesk.policy;

import java.io.Serializable;

/** A rule as the policy screen lists it. */
public record PolicyRuleView(long id, int position, String name, PolicyStage stage, String criteria, String actions)
        implements Serializable {

    /** {@code decisionKindLabel}: a decision kind's label by its code. */
    public static PolicyRuleView of(PolicyRule r, java.util.function.UnaryOperator<String> decisionKindLabel) {
        return new PolicyRuleView(r.getId(), r.getPosition() + 1, r.getName(), r.getStage(), r.criteriaText(decisionKindLabel),
                r.actionText());
    }
}
