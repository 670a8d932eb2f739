package com.escalationdesk.policy;

import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Team;
import com.escalationdesk.ticket.Priority;
import java.time.Duration;
import java.time.Instant;

/** What one policy version says at one stage: the rule that matched first, or none. */
public record PolicyVerdict(int version, PolicyRule rule, int defaultAcceptMinutes) {

    public boolean matched() {
        return rule != null;
    }

    public String ruleName() {
        return rule == null ? null : rule.getName();
    }

    public Team routeTo() {
        return rule == null ? null : rule.getRouteTo();
    }

    public Priority priority() {
        return rule == null ? null : rule.getSetPriority();
    }

    public AuthorityLevel approvalLevel() {
        return rule == null ? null : rule.getApprovalLevel();
    }

    /** When an escalation decided now must be accepted: the rule's time, or the version's default. */
    public Instant acceptBy(Instant now) {
        Integer minutes = rule == null ? null : rule.getAcceptWithinMinutes();
        return now.plus(Duration.ofMinutes(minutes == null ? defaultAcceptMinutes : minutes));
    }

    /** For the audit trail and the screens: "policy v3, rule “Outages”" or "policy v3, no rule matched". */
    public String describe() {
        return describe(version, ruleName());
    }

    /** The same words for what an escalation or decision recorded: version and rule name (none: no match). */
    public static String describe(int version, String ruleName) {
        return "policy v" + version + (ruleName == null ? ", no rule matched" : ", rule “" + ruleName + "”");
    }
}
