package com.escalationdesk.metrics;

import static com.escalationdesk.metrics.Chain.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.audit.AuditAction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A period's dashboard figures from the facts of five tickets, worked out by hand. */
class PeriodFiguresTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private static Chain chain(String number) {
        return new Chain(number, START).write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
    }

    /** A: one reply, resolved at first contact, rated 5 (effort 1), an article linked. */
    static TicketFact firstContact() {
        return chain("A")
                .write("alice", AuditAction.REPLY_ADDED, ticket("NEW", "Frontline", 1), ticket("OPEN", "Frontline", 1), 10)
                .write("alice", AuditAction.ARTICLE_LINKED, null, Map.of("article", "KB-1", "state", "PUBLISHED"), 15)
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 20)
                .write("portal", AuditAction.CUSTOMER_RATED, null, Map.of("satisfaction", 5, "effort", 1), 30)
                .replayed(null);
    }

    /** B: escalated to Billing at 30, accepted at 90, an exacerbation, resolved at 150, rated 3 (effort 4). */
    static TicketFact escalatedAndAccepted() {
        return chain("B")
                .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), ticket("ESCALATED", "Billing", 2), 30)
                .write("bob", AuditAction.ESCALATION_ACCEPTED, ticket("ESCALATED", "Billing", 2), ticket("OPEN", "Billing", 2), 90)
                .write("exacerbation-detector", AuditAction.EXACERBATION_DETECTED, null, Map.of("rule", "POOR_HANDOFF"), 91)
                .write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 2), ticket("RESOLVED", "Billing", 2), 150)
                .write("portal", AuditAction.CUSTOMER_RATED, null, Map.of("satisfaction", 3, "effort", 4), 160)
                .replayed(null);
    }

    /** C: escalated at 10, returned at 40, a breached clock, resolved back at Frontline at 70, not rated. */
    static TicketFact bounced() {
        return chain("C")
                .write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), ticket("ESCALATED", "Billing", 2), 10)
                .write("bob", AuditAction.ESCALATION_RETURNED, ticket("ESCALATED", "Billing", 2), ticket("OPEN", "Frontline", 1), 40)
                .write("system", AuditAction.SLA_BREACHED, ticket("OPEN", "Frontline", 1), ticket("OPEN", "Frontline", 1), 50)
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 70)
                .replayed(null);
    }

    /** D: a credit asked of a manager at 20, resolved at 60, rated 4 (effort 2). */
    static TicketFact decisionAsked() {
        return chain("D")
                .write("alice", AuditAction.DECISION_REQUESTED, ticket("NEW", "Frontline", 1), ticket("OPEN", "Frontline", 1), 20)
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 60)
                .write("portal", AuditAction.CUSTOMER_RATED, null, Map.of("satisfaction", 4, "effort", 2), 70)
                .replayed(null);
    }

    @Test
    void theFiguresOfFourResolutionsAndOneOpenTicket() {
        PeriodFigures figures = PeriodFigures.of(List.of(firstContact(), escalatedAndAccepted(), bounced(), decisionAsked(),
                chain("E").replayed(null)));

        ResolutionMetrics r = figures.resolution();
        assertThat(r.resolved()).isEqualTo(4);
        assertThat(r.escalated().percent()).isEqualByComparingTo("75.0");
        assertThat(r.escalatedFunctionally().percent()).isEqualByComparingTo("50.0");
        assertThat(r.escalatedHierarchically().percent()).isEqualByComparingTo("25.0");
        assertThat(r.firstContactResolution().percent()).isEqualByComparingTo("25.0");
        assertThat(r.oneTouch().percent()).isEqualByComparingTo("25.0");
        // 20, 60, 70 and 150 minutes
        assertThat(r.calendarTime().median()).isEqualTo(Duration.ofMinutes(65));
        assertThat(r.calendarTime().p90()).isEqualTo(Duration.ofMinutes(150));
        assertThat(r.calendarTime().mean()).isEqualTo(Duration.ofMinutes(75));

        assertThat(figures.bounced()).isEqualTo(new Share(1, 2));
        assertThat(figures.meanTimeToAccept()).isEqualTo(Duration.ofMinutes(60));
        assertThat(figures.satisfactionEscalated()).isEqualByComparingTo("3.5");
        assertThat(figures.satisfactionNotEscalated()).isEqualByComparingTo("5.0");
        assertThat(figures.effortEscalated()).isEqualByComparingTo("3.0");
        assertThat(figures.effortNotEscalated()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(figures.exacerbated()).isEqualTo(new Share(1, 4));
        assertThat(figures.linked()).isEqualTo(new Share(1, 4));
        assertThat(figures.breached()).isEqualTo(new Share(1, 4));
        // Frontline: 20, 30, 10 + 30 and 60 minutes; Billing: 120 and 30 minutes
        assertThat(figures.meanTimeAtTeam()).isEqualTo(Map.of("Frontline", Duration.ofSeconds(2250),
                "Billing", Duration.ofMinutes(75)));
    }

    @Test
    void aPeriodWithoutResolutionsHasNoRatesRatherThanZeroes() {
        PeriodFigures figures = PeriodFigures.of(List.of(chain("E").replayed(null)));

        assertThat(figures.resolution().resolved()).isZero();
        assertThat(figures.resolution().escalated().percent()).isNull();
        assertThat(figures.bounced().percent()).isNull();
        assertThat(figures.meanTimeToAccept()).isNull();
        assertThat(figures.satisfactionEscalated()).isNull();
        assertThat(figures.meanTimeAtTeam()).isEmpty();
    }
}
