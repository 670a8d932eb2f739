package com.escalationdesk.policy;

import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A rule as an admin writes it: a name, the stage it answers at, criteria (empty ones match
 * everything; the tier by its level; the escalation reason for escalation rules only) and actions.
 * Teams and people are named by id and login; the service resolves them.
 */
public record PolicyRuleInput(String name, PolicyStage stage, Category category, Priority priority,
        CustomerSegment segment, Integer tierLevel, String keywords, String decisionKind, BigDecimal minAmount,
        String currency, Integer minReopenCount, Integer minHoursOpen, Long routeToTeamId,
        AuthorityLevel approvalLevel, Priority setPriority, String notifyLogin, Integer acceptWithinMinutes,
        EscalationReason escalationReason) implements Serializable {
}
