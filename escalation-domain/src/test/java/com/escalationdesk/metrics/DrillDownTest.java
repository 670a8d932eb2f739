package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.ticket.Category;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tickets behind a figure are exactly the ones the figure counts: the {@link FourResolutions}
 * worked out by hand, the funnel and the bars of the charts, and the drill-down's round trip through the finder's
 * query parameters.
 */
class DrillDownTest {

    private static final Map<String, Integer> TIER_OF_TEAM = FourResolutions.TIER_OF_TEAM;
    private static final List<TicketFact> ALL = FourResolutions.ALL;

    private static List<String> behind(DrillDown.Figure figure, String bar, DashboardCut cut) {
        DrillDown drill = new DrillDown(figure, bar, 30, null, null, null, cut);
        return ALL.stream().filter(f -> drill.takes(f, TIER_OF_TEAM)).map(TicketFact::getTicketNumber).toList();
    }

    @Test
    void eachFigureOpensTheTicketsItCounts() {
        PeriodFigures figures = PeriodFigures.of(ALL);
        assertThat(behind(DrillDown.Figure.RESOLVED, null, null)).containsExactly("A", "B", "C", "D")
                .hasSize(figures.resolution().resolved());
        assertThat(behind(DrillDown.Figure.ESCALATED, null, null)).containsExactly("B", "C", "D")
                .hasSize((int) figures.resolution().escalated().part());
        assertThat(behind(DrillDown.Figure.FUNCTIONAL, null, null)).containsExactly("B", "C");
        assertThat(behind(DrillDown.Figure.HIERARCHICAL, null, null)).containsExactly("D");
        assertThat(behind(DrillDown.Figure.FIRST_CONTACT, null, null)).containsExactly("A")
                .hasSize((int) figures.resolution().firstContactResolution().part());
        assertThat(behind(DrillDown.Figure.BOUNCED, null, null)).containsExactly("C");
        assertThat(behind(DrillDown.Figure.ESCALATED_BY, "Frontline", null)).containsExactly("B", "C");
        assertThat(behind(DrillDown.Figure.ESCALATED_BY, "Billing", null)).isEmpty();
        assertThat(behind(DrillDown.Figure.REACHED_TIER, "2", null)).containsExactly("B", "C");
        assertThat(behind(DrillDown.Figure.REACHED_TIER, "3", null)).containsExactly("C");
        // a cut narrows every figure as it narrows the dashboard
        assertThat(behind(DrillDown.Figure.FUNCTIONAL, null, new DashboardCut(null, null, null, null, EscalationReason.KNOWLEDGE, null)))
                .containsExactly("B");
    }

    @Test
    void theFunnelCountsHowFarUpTicketsWent() {
        TierFunnel funnel = TierFunnel.of(ALL, TIER_OF_TEAM, 3);
        assertThat(funnel.steps()).extracting(TierFunnel.Step::reached).containsExactly(4L, 2L, 1L);
        assertThat(funnel.steps().get(1).ofAll().percent()).isEqualByComparingTo("50.0");
        assertThat(funnel.steps().get(2).ofStepBefore().percent()).isEqualByComparingTo("50.0");
        assertThat(funnel.steps().get(2).ofAll().percent()).isEqualByComparingTo("25.0");
    }

    @Test
    void theBarsCountTheTicketsEscalatedToAnotherTeamByReasonAndByTeam() {
        Dashboard.Breakdowns b = Dashboard.Breakdowns.of(ALL, TIER_OF_TEAM, 3, Map.of(), Map.of());
        assertThat(b.escalatedByReason()).containsExactly(new Dashboard.Bar("Complexity", "COMPLEXITY", 1),
                new Dashboard.Bar("Knowledge", "KNOWLEDGE", 1));
        assertThat(b.escalatedByTeam()).containsExactly(new Dashboard.Bar("Frontline", "Frontline", 2));
    }

    @Test
    void aDrillDownTravelsAsTheFindersParametersAndComesBackTheSame() {
        DrillDown drill = new DrillDown(DrillDown.Figure.SLA_MISSED, "first_response", 30, Instant.parse("2026-11-23T10:00:00Z"),
                Instant.parse("2026-11-30T10:00:00Z"), "Frontline support", new DashboardCut(Category.BILLING, null, 2, "alice", EscalationReason.KNOWLEDGE, CustomerSegment.ENTERPRISE));
        Map<String, String> parameters = new HashMap<>(drill.parameters());

        DrillDown back = DrillDown.of(parameters::get);

        assertThat(back).isEqualTo(drill);
        assertThat(back.missedKind()).isEqualTo(SlaKind.FIRST_RESPONSE);
        assertThat(back.from(Instant.EPOCH)).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(back.to(Instant.EPOCH)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(back.describe()).isEqualTo("Tickets with a first response target missed · resolved from 2026-11-23 10:00 UTC to 2026-11-30 10:00 UTC"
                + " · through Frontline support · Billing · resolved at Tier 2 · resolved by alice · first escalated for knowledge"
                + " · Enterprise customers");
        assertThat(DrillDown.of(Map.<String, String>of()::get)).isNull();
    }

    @Test
    void nonsenseInTheAddressIsRefusedInWords() {
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "EVERYTHING")::get)).hasMessage("There is no figure 'EVERYTHING'.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "ESCALATED", "days", "lots")::get))
                .hasMessage("'lots' is not a number of days.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "ESCALATED", "days", "0")::get)).hasMessage("A period is 1 to 366 days.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "REACHED_TIER")::get)).hasMessage("Say which bar of the chart to open.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "REACHED_TIER", "bar", "top")::get))
                .hasMessage("A tier is a number from 1 to 9, not 'top'.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "SLA_MISSED", "bar", "lunch")::get))
                .hasMessage("There is no kind of clock 'lunch'.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "ESCALATED", "since", "last")::get))
                .hasMessage("A span's start and end are moments such as 2026-11-23T10:00:00Z.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "ESCALATED", "since", "2026-11-23T10:00:00Z")::get))
                .hasMessage("A span has a start before its end.");
        assertThatThrownBy(() -> DrillDown.of(Map.of("drill", "RESOLVED", "bar", "x")::get))
                .hasMessage("The figure 'RESOLVED' has no bars to choose from.");
    }
}
