package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.sla.SlaKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardReportTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private DashboardReport report() {
        PeriodFigures none = PeriodFigures.of(List.of());
        EscalationCost unpriced = EscalationCost.of(List.of(), Map.of(), Map.of(), Set.of());
        Dashboard dashboard = new Dashboard(NOW.minus(Duration.ofDays(7)), NOW, "Your teams: Frontline support", List.of("Frontline support"), List.of("alice"),
                none, none, unpriced, unpriced, List.of(
                        new Dashboard.Week(Instant.parse("2026-11-18T10:00:00Z"), 4, new Share(1, 4), new Share(2, 4)),
                        new Dashboard.Week(Instant.parse("2026-11-25T10:00:00Z"), 0, new Share(0, 0), new Share(0, 0))),
                List.of(new ChangeImpact(Instant.parse("2026-11-30T09:00:00Z"), "Policy v3 published", Duration.ofDays(2), none, none),
                        new ChangeImpact(NOW.minus(Duration.ofHours(1)), "Refund limit set", null, null, null)),
                Map.of("alice", ResolutionMetrics.of(List.of())), new Dashboard.Breakdowns(TierFunnel.of(List.of(), Map.of(), 3),
                        Map.of(SlaKind.FIRST_RESPONSE, new Share(3, 4)), Map.of(SlaKind.FIRST_RESPONSE, new Share(1, 2)),
                        List.of(new Dashboard.Bar("Knowledge", "KNOWLEDGE", 2)), List.of()), "the last 7 days", "the 7 days before");
        Backlog backlog = Backlog.of(NOW, List.of(new Backlog.Team(2, "Billing specialists", 2), new Backlog.Team(1, "Frontline support", 1)),
                Map.of(1L, 12L, 2L, 3L), Map.of(2L, List.of(NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(1)))),
                Map.of(AuthorityLevel.MANAGER, List.of(NOW.minus(Duration.ofMinutes(30)))));
        ApprovalTurnaround.Compared approvals = new ApprovalTurnaround.Compared(ApprovalTurnaround.of(List.of()), ApprovalTurnaround.of(List.of()));
        DecisionsByKind decisions = DecisionsByKind.of(List.of(new DecisionsByKind.Decision("Refund", DecisionState.APPROVED),
                new DecisionsByKind.Decision("Refund", DecisionState.REJECTED), new DecisionsByKind.Decision("Refund", DecisionState.APPROVED),
                new DecisionsByKind.Decision("Refund", DecisionState.DECIDED_WITHIN_AUTHORITY)));
        return DashboardReport.of(dashboard, backlog, approvals, decisions);
    }

    @Test
    void everyTableOfTheScreenIsInTheReportInItsOrderButTheCostsOfAnUnpricedDesk() {
        assertThat(report().tables()).extracting(DashboardReport.Table::id).containsExactly("figures", "trend", "serviceLevels",
                "funnel", "escalatedByReason", "escalatedByTeam", "backlog",
                "approvalsWaiting", "approvalTurnaround", "decisionsByKind", "changes", "byAgent", "timeAtTeams");
        assertThat(report().title()).isEqualTo("Dashboard · the last 7 days");
        assertThat(report().scope()).isEqualTo("Your teams: Frontline support · resolved from 2026-11-25 10:00 UTC to 2026-12-02 10:00 UTC, compared with the 7 days before");
    }

    @Test
    void countsStayNumbersAndTheRestReadsAsOnTheScreen() {
        DashboardReport.Table figures = report().table("figures").orElseThrow();
        assertThat(figures.cells().get(0)).containsExactly("Resolved", 0L, "no change", 0L);
        assertThat(figures.cells().get(1)).containsExactly("Escalation rate", "–", "", "–");
        assertThat(report().table("trend").orElseThrow().cells())
                .containsExactly(List.of("2026-11-18", 4L, "25.0%", "50.0%"), List.of("2026-11-25", 0L, "–", "–"));
        assertThat(report().table("serviceLevels").orElseThrow().cells())
                .containsExactly(List.of("First response", 3L, 4L, "75.0%", "+25.0 pts", "50.0%"));
        assertThat(report().table("funnel").orElseThrow().cells()).containsExactly(List.of("Tier 1", 0L, "–", "–"),
                List.of("Tier 2", 0L, "–", "–"), List.of("Tier 3", 0L, "–", "–"));
        assertThat(report().table("escalatedByReason").orElseThrow().cells()).containsExactly(List.of("Knowledge", 2L));
        assertThat(report().table("backlog").orElseThrow().cells()).containsExactly(
                List.of("Frontline support", 1L, 12L, 0L, "—", "—"),
                List.of("Billing specialists", 2L, 3L, 2L, "5 h", "3 h"));
        assertThat(report().table("approvalsWaiting").orElseThrow().cells())
                .containsExactly(List.of(AuthorityLevel.MANAGER.label(), 1L, "30 min", "30 min"));
        assertThat(report().table("decisionsByKind").orElseThrow().cells())
                .containsExactly(List.of("Refund", 4L, 1L, 3L, 2L, 3L, "66.7%", 1L, 0L, 0L));
    }

    @Test
    void eachChangeComparesTheSpanBeforeAndAfterOrSaysItIsTooRecent() {
        List<List<Object>> changes = report().table("changes").orElseThrow().cells();
        assertThat(changes.get(0).subList(0, 5)).containsExactly("2026-11-30 09:00 UTC", "Policy v3 published", "2 d", 0L, 0L);
        assertThat(changes.get(1).subList(1, 3)).containsExactly("Refund limit set", "too recent");
    }

    @Test
    void aTableWithoutThatTableIsNotFoundAndARowMustFitItsColumns() {
        assertThat(report().table("costByReason")).isEmpty();
        assertThatThrownBy(() -> new DashboardReport.Table("x", "X", List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a row of 1 cells under 2 columns");
    }
}
