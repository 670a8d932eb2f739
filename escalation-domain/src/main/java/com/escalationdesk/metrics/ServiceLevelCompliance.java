package com.escalationdesk.metrics;

import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Service-level compliance per kind of clock (first response, next update, resolution): the clocks
 * that ended in the period met / those that ended met or missed. A clock replaced when the ticket's
 * priority or segment changed ended neither way and counts in neither; running and paused ones have
 * not ended.
 */
public final class ServiceLevelCompliance {

    /** A clock's kind and how it ended. */
    public record EndedClock(SlaKind kind, SlaStatus status) {

        /** A stopped clock as stored: met or missed against its due time, unless another took over from it. */
        public static EndedClock of(SlaKind kind, java.time.Instant stoppedAt, java.time.Instant dueAt, boolean replaced) {
            return new EndedClock(kind, replaced ? SlaStatus.REPLACED : SlaStatus.ended(stoppedAt, dueAt));
        }
    }

    private ServiceLevelCompliance() {
    }

    public static Map<SlaKind, Share> of(List<EndedClock> clocks) {
        Map<SlaKind, Share> compliance = new EnumMap<>(SlaKind.class);
        Map<SlaKind, List<EndedClock>> byKind = clocks.stream()
                .filter(c -> c.status() == SlaStatus.MET || c.status() == SlaStatus.MISSED)
                .collect(Collectors.groupingBy(EndedClock::kind));
        for (SlaKind kind : SlaKind.values()) {
            List<EndedClock> ended = byKind.getOrDefault(kind, List.of());
            compliance.put(kind, new Share(ended.stream().filter(c -> c.status() == SlaStatus.MET).count(), ended.size()));
        }
        return compliance;
    }
}
