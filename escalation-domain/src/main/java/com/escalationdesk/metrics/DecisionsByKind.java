package com.escalationdesk.metrics;

import com.escalationdesk.approval.DecisionState;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Decisions by kind against authority limits: of the decisions requested in a period, per kind, how
 * many the requester could decide alone (within their limit) and how many went above it to the
 * approvers, and of those how many were approved as asked, rejected, withdrawn (the ticket resolved
 * meanwhile) or are still waiting. Approvers only approve or reject a request as it was made, so a
 * high share approved says the limit sits below the desk's own practice: the source documents'
 * answer to a high escalation rate is to "grant them more authority".
 *
 * @param kinds the kinds requested in the period, by name
 */
public record DecisionsByKind(List<Kind> kinds) implements Serializable {

    /**
     * One kind's decisions.
     *
     * @param approvedAsAsked of the decisions above the limit that were decided, the approved
     */
    public record Kind(String kind, int requested, int withinAuthority, int aboveLimit, int approved, int rejected,
            int withdrawn, int waiting, Share approvedAsAsked) implements Serializable {
    }

    /** One requested decision: its kind and where it is. */
    public record Decision(String kind, DecisionState state) {
    }

    public static DecisionsByKind of(List<Decision> decisions) {
        Map<String, List<DecisionState>> byKind = decisions.stream().collect(Collectors.groupingBy(Decision::kind, TreeMap::new,
                Collectors.mapping(Decision::state, Collectors.toList())));
        return new DecisionsByKind(byKind.entrySet().stream().map(e -> kind(e.getKey(), e.getValue())).toList());
    }

    private static Kind kind(String kind, List<DecisionState> states) {
        int within = count(states, DecisionState.DECIDED_WITHIN_AUTHORITY);
        int approved = count(states, DecisionState.APPROVED);
        int rejected = count(states, DecisionState.REJECTED);
        return new Kind(kind, states.size(), within, states.size() - within, approved, rejected,
                count(states, DecisionState.WITHDRAWN), count(states, DecisionState.PENDING), new Share(approved, approved + rejected));
    }

    private static int count(List<DecisionState> states, DecisionState state) {
        return (int) states.stream().filter(s -> s == state).count();
    }
}
