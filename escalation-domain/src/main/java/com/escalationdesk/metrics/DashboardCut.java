package com.escalationdesk.metrics;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cut of the dashboard's resolved tickets: by their category and priority, the tier that resolved
 * them, the agent who resolved them, the reason of their first escalation and their customer's
 * segment (as the ticket last recorded it). Each part left out (null) takes every ticket.
 */
public record DashboardCut(Category category, Priority priority, Integer tier, String agent, EscalationReason reason,
        CustomerSegment segment) implements Serializable {

    /** Every ticket. */
    public static final DashboardCut NONE = new DashboardCut(null, null, null, null, null, null);

    public DashboardCut {
        agent = agent == null || agent.isBlank() ? null : agent.strip();
    }

    /** The same cut for any agent: the agents it could be narrowed to. */
    public DashboardCut anyAgent() {
        return new DashboardCut(category, priority, tier, null, reason, segment);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether a resolved ticket's fact falls in the cut. */
    public boolean takes(TicketFact f) {
        return takes(f.getCategory(), f.getPriority(), f.getResolvedTier(), f.getResolvedBy(), f.getEscalationReason(), f.getSegment());
    }

    /** Whether a resolved ticket with these parts (as its fact names them) falls in the cut. */
    public boolean takes(String category, String priority, Integer tier, String agent, String reason, String segment) {
        return (this.category == null || this.category.name().equals(category))
                && (this.priority == null || this.priority.name().equals(priority))
                && (this.tier == null || this.tier.equals(tier))
                && (this.agent == null || this.agent.equals(agent))
                && (this.reason == null || this.reason.name().equals(reason))
                && (this.segment == null || this.segment.name().equals(segment));
    }

    /** Whether the daily rollups can answer the cut: they are kept by category, tier and reason, not by priority, segment or agent. */
    public boolean rollsUp() {
        return priority == null && segment == null && agent == null;
    }

    /** In words, for the dashboard's scope line: "Billing · P2 · High · resolved at Tier 2"; empty for no cut. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (category != null) {
            parts.add(category.label());
        }
        if (priority != null) {
            parts.add(priority.label());
        }
        if (tier != null) {
            parts.add("resolved at Tier " + tier);
        }
        if (agent != null) {
            parts.add("resolved by " + agent);
        }
        if (reason != null) {
            parts.add("first escalated for " + reason.label().toLowerCase(Locale.ROOT));
        }
        if (segment != null) {
            parts.add(segment.label() + " customers");
        }
        return String.join(" · ", parts);
    }
}
