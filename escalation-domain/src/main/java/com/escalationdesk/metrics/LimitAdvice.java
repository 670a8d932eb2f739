package com.escalationdesk.metrics;

import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.approval.Money;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.shared.RuleViolation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a higher authority limit would have meant over a past period, for one kind of decision and
 * the requesters of one level: the requests above their limit that the proposed one would have let
 * them decide alone (approvals avoided), the money they would have decided without an approver, and
 * how approvers had in fact decided those requests. A request counts by its kind, amount and state;
 * its requester's level is theirs today.
 *
 * @param current the level's limit for the kind today; null when it may not decide the kind at all, and for a
 *        kind without an amount (which the level may not decide yet)
 * @param proposed the limit worked out; null for a kind without an amount (the authority to decide it at all)
 * @param requested the level's requests of the kind in the period
 * @param withinNow those decided alone within today's limit
 * @param aboveNow those that went to approvers
 * @param wouldBeWithin of those above, the ones the proposed limit covers: approvals avoided
 * @param approved of those, approved as asked
 * @param rejected of those, rejected by an approver: what the requester would have granted alone
 * @param decidedAlone the sum of their amounts: money decided without an approver
 * @param rejectedAmount the sum of the rejected ones' amounts
 * @param suggested of the amounts above today's limit, the highest one approvers approved as asked below
 *        the lowest one they rejected; null when there is none
 */
public record LimitAdvice(String kind, AuthorityLevel level, Money current, Money proposed, int requested, int withinNow,
        int aboveNow, int wouldBeWithin, int approved, int rejected, int withdrawn, int waiting, BigDecimal decidedAlone,
        BigDecimal rejectedAmount, Money suggested) implements Serializable {

    /** One request of the kind by a requester of the level: its amount (null for kinds without one) and where it is. */
    public record Request(Money amount, DecisionState state) {
    }

    /**
     * The advice for raising the level's limit from {@code current} to {@code proposed}.
     *
     * @param monetary whether the kind has an amount; then {@code proposed} must be above today's limit, or
     *        null for the figures of today's limit and the suggestion alone
     */
    public static LimitAdvice of(String kind, boolean monetary, AuthorityLevel level, Money current, Money proposed,
            List<Request> requests) {
        if (monetary && proposed != null) {
            if (current != null && (!current.currency().equals(proposed.currency()) || proposed.compareTo(current) <= 0)) {
                throw new RuleViolation(level.label() + "s may decide a " + kind.toLowerCase(Locale.ROOT) + " up to " + current
                        + " already: work out a higher limit in " + current.currency() + ".");
            }
        }
        List<Request> above = requests.stream().filter(r -> r.state() != DecisionState.DECIDED_WITHIN_AUTHORITY).toList();
        List<Request> covered = monetary && proposed == null ? List.of()
                : above.stream().filter(r -> !monetary || covers(proposed, r.amount())).toList();
        String currency = current != null ? current.currency() : proposed != null ? proposed.currency() : null;
        return new LimitAdvice(kind, level, current, monetary ? proposed : null, requests.size(), requests.size() - above.size(),
                above.size(), covered.size(), count(covered, DecisionState.APPROVED), count(covered, DecisionState.REJECTED),
                count(covered, DecisionState.WITHDRAWN), count(covered, DecisionState.PENDING), sum(covered, null),
                sum(covered, DecisionState.REJECTED), monetary && currency != null ? suggestion(above, current, currency) : null);
    }

    private static boolean covers(Money limit, Money amount) {
        return amount != null && amount.currency().equals(limit.currency()) && amount.compareTo(limit) <= 0;
    }

    private static int count(List<Request> requests, DecisionState state) {
        return (int) requests.stream().filter(r -> r.state() == state).count();
    }

    private static BigDecimal sum(List<Request> requests, DecisionState state) {
        return requests.stream().filter(r -> state == null || r.state() == state).filter(r -> r.amount() != null)
                .map(r -> r.amount().amount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The highest amount approved as asked below the lowest rejected one, of those above today's limit. */
    private static Money suggestion(List<Request> above, Money current, String currency) {
        Optional<BigDecimal> lowestRejected = amounts(above, DecisionState.REJECTED, currency, current).min(Comparator.naturalOrder());
        return amounts(above, DecisionState.APPROVED, currency, current)
                .filter(a -> lowestRejected.isEmpty() || a.compareTo(lowestRejected.get()) < 0)
                .max(Comparator.naturalOrder()).map(a -> new Money(a, currency)).orElse(null);
    }

    /** The amounts of the requests in this state above today's limit (rejections below it do not bear on raising it). */
    private static Stream<BigDecimal> amounts(List<Request> requests, DecisionState state, String currency, Money current) {
        return requests.stream().filter(r -> r.state() == state && r.amount() != null && r.amount().currency().equals(currency))
                .map(r -> r.amount().amount()).filter(a -> current == null || a.compareTo(current.amount()) > 0);
    }
}
