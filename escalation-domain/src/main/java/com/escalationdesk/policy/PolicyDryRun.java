package com.escalationdesk.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays past tickets through two policy versions. Each ticket is asked at intake and at
 * escalation, and at decision when it had a decision request; the outcome names every action and
 * the rule that chose it, so a difference in either shows.
 */
public final class PolicyDryRun {

    private PolicyDryRun() {
    }

    public static DryRunReport compare(PolicyVersion current, PolicyVersion draft, List<DryRunCase> cases) {
        List<DryRunRow> rows = cases.stream().map(c -> {
            String before = outcome(current, c.facts());
            String after = outcome(draft, c.facts());
            return new DryRunRow(c.ticketNumber(), c.subject(), factsText(c.facts()), before, after, !before.equals(after));
        }).toList();
        return new DryRunReport(current.getNumber(), draft.getNumber(), rows);
    }

    static String outcome(PolicyVersion policy, PolicyFacts facts) {
        List<String> parts = new ArrayList<>();
        for (PolicyStage stage : PolicyStage.values()) {
            if (stage == PolicyStage.DECISION && facts.decisionKind() == null) {
                continue;
            }
            PolicyVerdict verdict = policy.verdict(stage, facts);
            if (verdict.matched()) {
                parts.add(stage.label() + ": " + verdict.rule().actionText() + " (“" + verdict.ruleName() + "”)");
            }
        }
        return parts.isEmpty() ? "No rule applies" : String.join("; ", parts);
    }

    private static String factsText(PolicyFacts f) {
        return f.category().label() + " · " + f.priority().label() + " · " + f.segment().label() + " · "
                + f.team().getName() + (f.reopenCount() > 0 ? " · reopened " + f.reopenCount() : "")
                + (f.reason() == null ? "" : " · escalated for " + f.reason().label())
                + (f.decisionKind() == null ? "" : " · " + f.decisionKind() + (f.amount() == null ? "" : " " + f.amount()));
    }
}
