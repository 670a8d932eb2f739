package com.escalationdesk.policy;

import com.escalationdesk.approval.Money;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Team;
import com.escalationdesk.directory.Tier;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;

/**
 * What the policy's criteria look at: the ticket as it stands, for an escalation the reason it is
 * escalated for (none while an agent has not chosen one), and for a decision request its kind and amount.
 */
public record PolicyFacts(Category category, Priority priority, CustomerSegment segment, Team team, Tier tier,
        String text, int reopenCount, Duration timeOpen, EscalationReason reason, String decisionKind, Money amount) {

    /** The facts of a ticket now; a resolved or closed ticket's time open stops at its resolution. */
    public static PolicyFacts of(Ticket ticket, Instant now) {
        Instant end = ticket.getResolvedAt() != null && !ticket.getStatus().isActive() ? ticket.getResolvedAt() : now;
        return new PolicyFacts(ticket.getCategory(), ticket.getPriority(), ticket.getCustomer().getSegment(),
                ticket.getTeam(), ticket.getTeam().getTier(), ticket.getSubject() + "\n" + ticket.getDescription(),
                ticket.getReopenCount(), Duration.between(ticket.getCreatedAt(), end), null, null, null);
    }

    public PolicyFacts withReason(EscalationReason escalationReason) {
        return new PolicyFacts(category, priority, segment, team, tier, text, reopenCount, timeOpen, escalationReason,
                decisionKind, amount);
    }

    public PolicyFacts withDecision(String kindCode, Money money) {
        return new PolicyFacts(category, priority, segment, team, tier, text, reopenCount, timeOpen, reason, kindCode,
                money);
    }
}
