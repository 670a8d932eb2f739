package com.escalationdesk.ticket;

import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.PathStopView;
import com.escalationdesk.escalation.TierTime;
import com.escalationdesk.sla.SlaClockView;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Everything the ticket page shows, with what the caller may do on it decided by the server
 * ({@link TicketActions}); the page only hides what these say no to.
 */
public record TicketDetails(String number, String subject, String description, String customer, String customerEmail,
        Category category, Priority priority, TicketStatus status, String team, String tier, String assignee,
        Instant createdAt, String resolutionSummary, int reopenCount, boolean bounced, List<NoteView> notes,
        List<EscalationView> escalations, EscalationView pending, List<PathStopView> path, List<TierTime> timePerTier,
        List<TimelineEntry> timeline,
        List<AgentOption> teammates, TicketActions actions, List<RelatedTicket> related, String mergedInto,
        List<SlaClockView> serviceLevels, Instant managementReviewSince, List<ResolutionFeedback> feedback,
        String intakeRouting) implements Serializable {
}
