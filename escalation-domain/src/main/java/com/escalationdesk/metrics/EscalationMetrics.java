package com.escalationdesk.metrics;

import java.util.List;

/**
 * The metrics of the escalations decided in one period:
 * <ul>
 * <li>bounce rate: returned to the sender / decided (accepted or returned; waiting and withdrawn
 * escalations are not decided);</li>
 * <li>time to accept: from the request to the acceptance, of the accepted ones.</li>
 * </ul>
 */
public record EscalationMetrics(int decided, Share bounced, DurationFigures timeToAccept) {

    public static EscalationMetrics of(List<HandledEscalation> escalations) {
        List<HandledEscalation> decided = escalations.stream().filter(HandledEscalation::decided).toList();
        return new EscalationMetrics(decided.size(),
                new Share(decided.stream().filter(HandledEscalation::returned).count(), decided.size()),
                DurationFigures.of(decided.stream().filter(HandledEscalation::accepted).map(HandledEscalation::timeToDecide)
                        .toList()));
    }
}
