package com.escalationdesk.policy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A version of the escalation policy with its rules in order. */
public record PolicyVersionView(long id, int number, PolicyState state, String note, int defaultAcceptMinutes,
        String createdBy, Instant createdAt, String publishedBy, Instant publishedAt, List<PolicyRuleView> rules)
        implements Serializable {

    /** {@code decisionKindLabel}: a decision kind's label by its code. */
    public static PolicyVersionView of(PolicyVersion p, java.util.function.UnaryOperator<String> decisionKindLabel) {
        return new PolicyVersionView(p.getId(), p.getNumber(), p.getState(), p.getNote(), p.getDefaultAcceptMinutes(),
                p.getCreatedBy(), p.getCreatedAt(), p.getPublishedBy(), p.getPublishedAt(),
                p.getRules().stream().map(r -> PolicyRuleView.of(r, decisionKindLabel)).toList());
    }
}
