package com.escalationdesk.metrics;

import static com.escalationdesk.metrics.Chain.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.audit.AuditAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly digest's text for a week of two resolutions, one escalated, after a week of one first-contact resolution. */
class WeeklyDigestTextTest {

    private static TicketFact resolved(String number, boolean escalated) {
        Chain chain = new Chain(number, Instant.parse("2026-11-23T09:00:00Z"))
                .write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0);
        if (escalated) {
            chain.write("alice", AuditAction.ESCALATED, ticket("NEW", "Frontline", 1), ticket("ESCALATED", "Billing", 2), 10);
        }
        return chain.write("bob", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Billing", 2), ticket("RESOLVED", "Billing", 2), 60)
                .replayed(null);
    }

    @Test
    void theDigestGivesEachFigureWithItsChangeTheWarningsAndTheReviewsWaiting() {
        PeriodFigures week = PeriodFigures.of(List.of(resolved("A", true), resolved("B", false)));
        PeriodFigures before = PeriodFigures.of(List.of(resolved("C", false)));

        String text = WeeklyDigestText.of("Maria Rossi", "Frontline support", week, before,
                List.of("Frontline support: Escalation rate 50.0% this week, above its usual range (mean 20.0%, up to 30.0%)"),
                List.of("ESC-1 (Bounced, Router refund)"), "http://desk/metrics/dashboard.xhtml");

        assertThat(text).startsWith("Hello Maria Rossi,\n\nYour week at the desk (Frontline support)")
                .contains("Resolved: 2 (+1 on the week before)\n")
                .contains("Escalation rate: 50.0% (functional 50.0%, hierarchical 0.0%) (+50.0 pts on the week before)\n")
                .contains("Resolution time (median, business hours): 1 h (no change on the week before)\n")
                .contains("Satisfaction after an escalation: – / 5\n")
                .contains("  - Frontline support: Escalation rate 50.0% this week")
                .contains("Exacerbation reviews waiting: 1\n  - ESC-1 (Bounced, Router refund)\n")
                .endsWith("The dashboard: http://desk/metrics/dashboard.xhtml\n");
    }

    @Test
    void aQuietWeekSaysSo() {
        String text = WeeklyDigestText.of("Omar Haddad", "Billing specialists", PeriodFigures.of(List.of()),
                PeriodFigures.of(List.of()), List.of(), List.of(), "http://desk/");

        assertThat(text).contains("Resolved: 0 (no change on the week before)\n", "Escalation rate: – (functional –, hierarchical –)\n",
                "Early warnings: none this week.\n", "Exacerbation reviews waiting: 0.\n");
    }
}
