package com.escalationdesk.metrics;

import static com.escalationdesk.metrics.Chain.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.approval.Money;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The daily rollups of resolved tickets give the dashboard the figures their facts give: the same
 * definitions, read from sums and histograms instead of lists of tickets.
 */
class RollupTotalsTest {

    private static final Map<String, Integer> TIER_OF_TEAM = FourResolutions.TIER_OF_TEAM;
    private static final Map<Integer, Money> COST = Map.of(1, Money.of("22", "EUR"), 2, Money.of("69", "EUR"), 3, Money.of("104", "EUR"));

    /** The four resolutions, the five hand-worked ones of PeriodFiguresTest, and one resolved two days later. */
    private static final List<TicketFact> FACTS = List.of(FourResolutions.A, FourResolutions.B, FourResolutions.C,
            FourResolutions.D, FourResolutions.E, PeriodFiguresTest.firstContact(), PeriodFiguresTest.escalatedAndAccepted(),
            PeriodFiguresTest.bounced(), PeriodFiguresTest.decisionAsked(), later());

    private static final Set<String> AVOIDED = Set.of("A", "B");

    /** A's resolution clock met, B's missed, C's first response met and its resolution clock replaced. */
    private static final Map<String, List<ServiceLevelCompliance.EndedClock>> CLOCKS = Map.of(
            "A", List.of(new ServiceLevelCompliance.EndedClock(SlaKind.RESOLUTION, SlaStatus.MET)),
            "B", List.of(new ServiceLevelCompliance.EndedClock(SlaKind.RESOLUTION, SlaStatus.MISSED)),
            "C", List.of(new ServiceLevelCompliance.EndedClock(SlaKind.FIRST_RESPONSE, SlaStatus.MET),
                    new ServiceLevelCompliance.EndedClock(SlaKind.RESOLUTION, SlaStatus.REPLACED)));

    private static TicketFact later() {
        return new Chain("L", Instant.parse("2026-11-25T22:00:00Z"))
                .write("alice", AuditAction.TICKET_CREATED, null, ticket("NEW", "Frontline", 1), 0)
                .write("alice", AuditAction.TICKET_RESOLVED, ticket("OPEN", "Frontline", 1), ticket("RESOLVED", "Frontline", 1), 180)
                .replayed(null);
    }

    private static Map<String, DailyRollup> rolledUp(List<TicketFact> facts) {
        Map<String, DailyRollup> rollups = new LinkedHashMap<>();
        for (TicketFact f : facts) {
            RollupContribution c = contribution(f);
            if (c != null) {
                rollups.computeIfAbsent(DailyRollup.keyOf(c), k -> new DailyRollup(c)).add(c, 1);
            }
        }
        return rollups;
    }

    private static RollupContribution contribution(TicketFact f) {
        return RollupContribution.of(f, CLOCKS.getOrDefault(f.getTicketNumber(), List.of()), AVOIDED.contains(f.getTicketNumber()));
    }

    @Test
    void theRollupsGiveEveryFigureTheFactsGive() {
        Map<String, DailyRollup> rollups = rolledUp(FACTS);
        // A and D (both resolved at Frontline on the 23rd without escalation) share a rollup, so do the other day's
        assertThat(rollups).hasSizeLessThan(9);
        RollupTotals totals = new RollupTotals().addAll(rollups.values());

        assertThat(totals.figures()).isEqualTo(PeriodFigures.of(FACTS));
        assertThat(totals.resolution().resolved()).isEqualTo(9);
        assertThat(totals.funnel(TIER_OF_TEAM, 3)).isEqualTo(TierFunnel.of(FACTS, TIER_OF_TEAM, 3));
        assertThat(totals.cost(TIER_OF_TEAM, COST)).isEqualTo(EscalationCost.of(FACTS, TIER_OF_TEAM, COST, AVOIDED));
        List<ServiceLevelCompliance.EndedClock> clocks = new ArrayList<>();
        // the two sets of tickets share the numbers A to D, and so their clocks
        FACTS.stream().filter(f -> f.resolution() != null).forEach(f -> clocks.addAll(CLOCKS.getOrDefault(f.getTicketNumber(), List.of())));
        assertThat(totals.serviceLevels()).isEqualTo(ServiceLevelCompliance.of(clocks));
        Dashboard.Breakdowns fromFacts = Dashboard.Breakdowns.of(FACTS, TIER_OF_TEAM, 3, Map.of(), Map.of());
        Dashboard.Breakdowns fromRollups = Dashboard.Breakdowns.of(totals, totals, TIER_OF_TEAM, 3);
        assertThat(fromRollups.escalatedByReason()).isEqualTo(fromFacts.escalatedByReason()).isNotEmpty();
        assertThat(fromRollups.escalatedByTeam()).isEqualTo(fromFacts.escalatedByTeam());
    }

    @Test
    void aContributionTakenBackOutLeavesItsRollupAsIfItHadNeverBeenAdded() {
        RollupContribution b = contribution(FourResolutions.B);
        DailyRollup rollup = new DailyRollup(b);
        rollup.add(b, 1);
        rollup.add(b, 1);
        rollup.add(b, -1);
        assertThat(new RollupTotals().add(rollup).figures()).isEqualTo(PeriodFigures.of(List.of(FourResolutions.B)));
        rollup.add(b, -1);
        assertThat(rollup.isEmpty()).isTrue();
        assertThat(new RollupTotals().add(rollup).figures()).isEqualTo(PeriodFigures.of(List.of()));
    }

    @Test
    void aFactKeepsItsContributionAsJsonAndReadsTheSameBack() {
        for (TicketFact f : FACTS) {
            RollupContribution c = contribution(f);
            if (c != null) {
                assertThat(RollupContribution.decode(c.encode())).isEqualTo(c);
            }
        }
        assertThat(contribution(FourResolutions.E)).as("open: nothing to roll up").isNull();
    }

    @Test
    void aSpanThatCutsADayTakesThatDaysResolutionsByTheirMoment() {
        // A and D resolved at 10:00 and 10:00 on the 23rd, L at 01:00 on the 26th
        List<RollupWindow.Resolution> cutDays = new ArrayList<>();
        for (TicketFact f : List.of(FourResolutions.A, FourResolutions.D, later())) {
            cutDays.add(new RollupWindow.Resolution(f.resolution().resolvedAt(), f.getResolvedBy(), contribution(f)));
        }
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        RollupWindow.Span fromMorning = new RollupWindow.Span(Instant.parse("2026-11-23T09:45:00Z"), now.plusNanos(1_000));
        RollupWindow.Span wholeDays = new RollupWindow.Span(Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"));
        RollupWindow window = new RollupWindow(now, List.of(fromMorning, wholeDays));
        rolledUp(FACTS).values().forEach(window::add);
        cutDays.forEach(window::add);
        assertThat(RollupWindow.partDays(List.of(fromMorning, wholeDays), now)).containsExactly(RollupWindow.day(fromMorning.from()));
        // the 23rd from 09:45: A (resolved 09:30) is left out, D (10:00) counted; the 26th whole from its rollup
        assertThat(window.totals(fromMorning).resolution().resolved()).isEqualTo(2);
        assertThat(window.totals(wholeDays).figures()).isEqualTo(PeriodFigures.of(FACTS.stream()
                .filter(f -> f.resolution() != null && f.resolution().resolvedAt().isAfter(Instant.parse("2026-11-23T00:00:00Z"))).toList()));
    }

    @Test
    void theFiguresByAgentFromTheKeptContributionsAreThoseOfTheFacts() {
        Map<String, List<RollupContribution>> contributions = new java.util.TreeMap<>();
        Map<String, List<ResolvedTicket>> resolutions = new java.util.TreeMap<>();
        for (TicketFact f : FACTS) {
            if (f.resolution() != null && f.getResolvedBy() != null) {
                contributions.computeIfAbsent(f.getResolvedBy(), a -> new ArrayList<>()).add(contribution(f));
                resolutions.computeIfAbsent(f.getResolvedBy(), a -> new ArrayList<>()).add(f.resolution());
            }
        }
        assertThat(resolutions).hasSizeGreaterThan(1);
        resolutions.forEach((agent, resolved) -> assertThat(ResolutionMetrics.ofContributions(contributions.get(agent)))
                .as(agent).isEqualTo(ResolutionMetrics.of(resolved)));
    }

    @Test
    void aRollupIsInAViewOfTeamsExactlyWhenItsTicketsAre() {
        Map<String, DailyRollup> rollups = rolledUp(FACTS);
        int partViews = 0;
        for (List<String> teams : java.util.Arrays.asList(null, List.<String>of(), List.of("Frontline"), List.of("Billing"),
                List.of("Platform"), List.of("Billing", "Platform"))) {
            List<TicketFact> inView = FACTS.stream().filter(f -> contribution(f) != null && contribution(f).inView(teams)).toList();
            RollupTotals totals = new RollupTotals().addAll(rollups.values().stream().filter(r -> r.inView(teams)).toList());
            assertThat(totals.figures()).as(String.valueOf(teams)).isEqualTo(PeriodFigures.of(inView));
            partViews += !inView.isEmpty() && inView.size() < 9 ? 1 : 0;
        }
        assertThat(partViews).as("views that hold some of the tickets but not all").isPositive();
    }

    @Test
    void aResolutionAddedUpAloneCountsAsItsRollupDoes() {
        for (TicketFact f : FACTS) {
            RollupContribution c = contribution(f);
            if (c != null) {
                RollupTotals fromRollup = new RollupTotals().add(DailyRollup.of(c));
                RollupTotals alone = new RollupTotals().add(DailyRollup.toAddUp(c));
                assertThat(alone.figures()).as(f.getTicketNumber()).isEqualTo(fromRollup.figures());
                assertThat(alone.serviceLevels()).isEqualTo(fromRollup.serviceLevels());
                assertThat(alone.funnel(TIER_OF_TEAM, 3)).isEqualTo(fromRollup.funnel(TIER_OF_TEAM, 3));
                assertThat(alone.cost(TIER_OF_TEAM, COST)).isEqualTo(fromRollup.cost(TIER_OF_TEAM, COST));
            }
        }
    }

    @Test
    void daysAddedUpOnceEachGiveTheFiguresOfTheirRollupsAddedUpOneByOne() {
        Map<String, DailyRollup> rollups = rolledUp(FACTS);
        Map<java.time.LocalDate, RollupTotals> byDay = new java.util.TreeMap<>();
        rollups.values().forEach(r -> byDay.computeIfAbsent(r.getDay(), d -> new RollupTotals()).add(r));
        assertThat(byDay).as("the facts fall on several days").hasSizeGreaterThan(1);
        byDay.values().forEach(RollupTotals::settled);
        RollupTotals oneByOne = new RollupTotals().addAll(rollups.values());
        // the days' sums are only read: adding them into two totals gives the same twice
        for (int twice = 0; twice < 2; twice++) {
            RollupTotals ofDays = new RollupTotals();
            byDay.values().forEach(ofDays::add);
            assertThat(ofDays.figures()).isEqualTo(oneByOne.figures()).isEqualTo(PeriodFigures.of(FACTS));
            assertThat(ofDays.serviceLevels()).isEqualTo(oneByOne.serviceLevels());
            assertThat(ofDays.funnel(TIER_OF_TEAM, 3)).isEqualTo(oneByOne.funnel(TIER_OF_TEAM, 3));
            assertThat(ofDays.cost(TIER_OF_TEAM, COST)).isEqualTo(oneByOne.cost(TIER_OF_TEAM, COST));
            assertThat(ofDays.escalatedByReason()).isEqualTo(oneByOne.escalatedByReason());
            assertThat(ofDays.escalatedByTeam()).isEqualTo(oneByOne.escalatedByTeam());
            assertThat(ofDays.counts()).containsExactly(9, oneByOne.resolution().escalated().part(),
                    oneByOne.resolution().firstContactResolution().part());
        }
    }
}
