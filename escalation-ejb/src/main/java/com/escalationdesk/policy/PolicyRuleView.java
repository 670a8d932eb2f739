package com.escalationdesk.policy;

import java.io.Serializable;

/** A rule as the policy screen lists it. */
public record PolicyRuleView(long id, int position, String name, PolicyStage stage, String criteria, String actions)
        implements Serializable {

    public static PolicyRuleView of(PolicyRule r) {
        return new PolicyRuleView(r.getId(), r.getPosition() + 1, r.getName(), r.getStage(), r.criteriaText(),
                r.actionText());
    }
}
