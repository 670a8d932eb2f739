package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.sla.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A ticket's audit chain written by hand, entry by entry, minutes after a start; and its fact replayed from it. */
final class Chain {

    private final String number;
    private final Instant start;
    private final List<AuditEntry> entries = new ArrayList<>();

    Chain(String number, Instant start) {
        this.number = number;
        this.start = start;
    }

    /** A ticket's audit state, as {@code Ticket.auditState()} writes it. */
    static Map<String, Object> ticket(String status, String team, int tier) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", status);
        s.put("team", team);
        s.put("tier", tier);
        s.put("assignee", null);
        s.put("priority", "P3");
        s.put("category", "BILLING");
        s.put("segment", "BUSINESS");
        s.put("reopenCount", 0);
        s.put("bounced", false);
        return s;
    }

    Chain write(String actor, AuditAction action, Map<String, ?> before, Map<String, ?> after, int minutes) {
        AuditEntry previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        entries.add(AuditEntry.append(previous, AuditEntry.ticketChain(number), actor, action, action.label(),
                CanonicalJson.of(before), CanonicalJson.of(after), start.plus(Duration.ofMinutes(minutes))));
        return this;
    }

    List<AuditEntry> entries() {
        return entries;
    }

    TicketFact replayed(BusinessHours hours) {
        TicketFact fact = new TicketFact(number);
        entries.forEach(e -> fact.apply(e, hours));
        return fact;
    }
}
