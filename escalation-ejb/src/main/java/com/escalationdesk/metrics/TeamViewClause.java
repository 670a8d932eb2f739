package com.escalationdesk.metrics;

import jakarta.persistence.Query;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A view of some teams as a JPQL condition, on facts and on rollups alike: the tickets taken in by
 * one of the teams, resolved by one, or that spent time at one ({@link TeamView} is the same rule in
 * memory). Null teams: the whole desk, no condition.
 */
final class TeamViewClause {

    private TeamViewClause() {
    }

    /**
     * Appends the condition on {@code alias}'s firstTeam and resolvedTeam, and on its field {@code handled}
     * matched with the patterns {@code :at0}, {@code :at1}, ...
     */
    static void append(StringBuilder jpql, String alias, String handled, List<String> teams) {
        if (teams != null) {
            jpql.append(" and (").append(alias).append(".firstTeam in :teams or ").append(alias).append(".resolvedTeam in :teams");
            for (int i = 0; i < teams.size(); i++) {
                jpql.append(" or ").append(alias).append('.').append(handled).append(" like :at").append(i).append(" escape '!'");
            }
            jpql.append(')');
        }
    }

    /** Binds the teams, and the pattern of each that {@code handled} is matched with. */
    static void bind(Query query, List<String> teams, UnaryOperator<String> pattern) {
        if (teams != null) {
            query.setParameter("teams", teams);
            for (int i = 0; i < teams.size(); i++) {
                query.setParameter("at" + i, pattern.apply(teams.get(i)));
            }
        }
    }
}
