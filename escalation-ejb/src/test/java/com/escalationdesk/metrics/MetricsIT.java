package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.AuthorityLimits;
import com.escalationdesk.approval.Money;
import com.escalationdesk.approval.NewDecisionRequest;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.finder.TicketFinder;
import com.escalationdesk.knowledge.ArticleContent;
import com.escalationdesk.knowledge.Audience;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.finder.TicketSearch;
import com.escalationdesk.ticket.TicketStatus;
import java.math.BigDecimal;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffRating;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.sla.SlaClock;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The metric facts on Payara Micro with the real database: kept in the transactions of the real
 * services as the audit trail grows, read by the dashboard within the caller's scope, and rebuilt
 * from the audit trail to the same figures. The demo users: alice (Tier 1, Frontline support), bob
 * (Tier 2, Billing specialists), omar (manager of Billing specialists and Network engineering), nina
 * (agent), adam (admin).
 */
class MetricsIT extends OnAFreshDemoDesk {

    private static final String BILLING = "Billing specialists";

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    Metrics metrics;

    @Inject
    AuditTrail audit;

    @Inject
    MetricFacts facts;

    @Inject
    FactQueries factQueries;

    @Inject
    com.escalationdesk.directory.DirectoryAdmin directoryAdmin;

    @Inject
    TestClock clock;

    @Inject
    Approvals approvals;

    @Inject
    TicketFinder finder;

    @Inject
    AuthorityLimits authorityLimits;

    @Inject
    Knowledge knowledge;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** Forty days on, the demo history is out of the one-day window: the figures are this ticket's alone. */
    @Test
    void anEscalatedResolutionCountsOnTheDashboardOfTheTeamThatResolvedIt() {
        clock.advance(Duration.ofDays(40));
        signIn.as("omar");
        assertThat(metrics.dashboard(1, BILLING, DashboardCut.NONE).current().resolution().resolved()).isZero();

        String number = escalatedAndResolved("Refund for a double charge");

        signIn.as("omar");
        Dashboard after = metrics.dashboard(1, BILLING, DashboardCut.NONE);
        assertThat(after.scope()).isEqualTo(BILLING);
        PeriodFigures now = after.current();
        ResolutionMetrics r = now.resolution();
        assertThat(r.resolved()).isEqualTo(1);
        assertThat(r.escalatedFunctionally()).isEqualTo(new Share(1, 1));
        assertThat(r.escalatedHierarchically()).isEqualTo(new Share(0, 1));
        assertThat(r.firstContactResolution()).isEqualTo(new Share(0, 1));
        assertThat(r.calendarTime().median()).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
        assertThat(now.bounced()).isEqualTo(new Share(0, 1));
        assertThat(now.meanTimeToAccept()).isBetween(Duration.ofHours(1), Duration.ofHours(1).plusMinutes(1));
        assertThat(now.meanTimeAtTeam()).containsOnlyKeys("Frontline support", BILLING);
        // handed to Billing at once; the hour it waited for acceptance it waited at Billing's door
        assertThat(now.meanTimeAtTeam().get(BILLING)).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
        assertThat(after.previous().resolution().resolved()).isZero();
        // priced at the migration's defaults: 22 EUR at Tier 1, 69 at Tier 2; Billing's time was diverted by the escalation
        assertThat(after.cost().handled()).isEqualByComparingTo("91.00");
        assertThat(after.cost().diverted()).isEqualByComparingTo("69.00");
        assertThat(after.cost().divertedByReason()).containsOnlyKeys("Knowledge");
        assertThat(after.cost().divertedByTeam()).containsOnlyKeys("Frontline support");
        assertThat(after.cost().money(after.cost().diverted())).isEqualTo("69.00 EUR");
        // cut by what the ticket was (Billing, P3, resolved at Tier 2 by bob, first escalated for knowledge, for Contoso, a
        // business customer), or was not
        assertThat(after.agents()).containsExactly("bob");
        for (DashboardCut takes : List.of(new DashboardCut(Category.BILLING, null, null, null, null, null),
                new DashboardCut(null, Priority.NORMAL, 2, "bob", EscalationReason.KNOWLEDGE, CustomerSegment.BUSINESS))) {
            assertThat(metrics.dashboard(1, BILLING, takes).current().resolution().resolved()).as(takes.describe()).isEqualTo(1);
        }
        for (DashboardCut leaves : List.of(new DashboardCut(Category.NETWORK, null, null, null, null, null),
                new DashboardCut(null, Priority.URGENT, null, null, null, null), new DashboardCut(null, null, 1, null, null, null),
                new DashboardCut(null, null, null, "alice", null, null), new DashboardCut(null, null, null, null, EscalationReason.AUTHORITY, null),
                new DashboardCut(null, null, null, null, null, CustomerSegment.ENTERPRISE))) {
            assertThat(metrics.dashboard(1, BILLING, leaves).current().resolution().resolved()).as(leaves.describe()).isZero();
        }
        assertThat(metrics.dashboard(1, BILLING, new DashboardCut(Category.BILLING, null, null, "bob", null, null)).scope())
                .isEqualTo(BILLING + " · Billing · resolved by bob");

        // the calendar day and month it was resolved in count it too, against the whole day and month before
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        Dashboard day = metrics.dashboard(new ReportPeriod.Calendar(ReportPeriod.Unit.DAY, today), BILLING, DashboardCut.NONE);
        assertThat(day.current().resolution().resolved()).isEqualTo(1);
        assertThat(day.previousWords()).isEqualTo("the day before");
        assertThat(day.from()).isEqualTo(today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(metrics.dashboard(new ReportPeriod.Calendar(ReportPeriod.Unit.DAY, today.minusDays(1)), BILLING, DashboardCut.NONE)
                .current().resolution().resolved()).isZero();
        assertThat(metrics.dashboard(new ReportPeriod.Calendar(ReportPeriod.Unit.MONTH, today), BILLING, DashboardCut.NONE)
                .current().resolution().resolved()).isEqualTo(1);
        assertThatThrownBy(() -> metrics.dashboard(new ReportPeriod.Calendar(ReportPeriod.Unit.DAY, today.plusDays(1)), BILLING,
                DashboardCut.NONE)).isInstanceOf(RuleViolation.class).hasMessage("That day has not begun yet.");

        // the charts' splits, and the drill-downs that open exactly the tickets a figure counts
        Dashboard.Breakdowns b = after.breakdowns();
        assertThat(b.funnel().steps()).extracting(TierFunnel.Step::reached).containsExactly(1L, 1L, 0L);
        assertThat(b.escalatedByReason()).containsExactly(new Dashboard.Bar("Knowledge", "KNOWLEDGE", 1));
        assertThat(b.escalatedByTeam()).containsExactly(new Dashboard.Bar("Frontline support", "Frontline support", 1));
        Map<SlaKind, long[]> clocks = new java.util.EnumMap<>(SlaKind.class);
        em.createQuery("select c from SlaClock c where c.ticket.number = :n and c.stoppedAt is not null and c.replaced = false",
                SlaClock.class).setParameter("n", number).getResultList().forEach(c -> {
                    long[] metAndEnded = clocks.computeIfAbsent(c.getKind(), k -> new long[2]);
                    metAndEnded[0] += c.status(clock.instant()) == SlaStatus.MET ? 1 : 0;
                    metAndEnded[1]++;
                });
        assertThat(clocks).containsKey(SlaKind.RESOLUTION);
        for (SlaKind kind : SlaKind.values()) {
            long[] expected = clocks.getOrDefault(kind, new long[2]);
            assertThat(b.serviceLevels().get(kind)).as(kind.label()).isEqualTo(new Share(expected[0], expected[1]));
            assertThat(metrics.drillDown(new DrillDown(DrillDown.Figure.SLA_MISSED, kind.name(), 1, null, null, BILLING, null)))
                    .as("missed %s", kind.label()).hasSize((int) (expected[1] - expected[0]));
        }
        assertThat(metrics.drillDown(new DrillDown(DrillDown.Figure.ESCALATED, null, 1, null, null, BILLING, null))).containsExactly(number);
        assertThat(metrics.drillDown(new DrillDown(DrillDown.Figure.REACHED_TIER, "2", 1, null, null, BILLING, null))).containsExactly(number);
        assertThat(metrics.drillDown(new DrillDown(DrillDown.Figure.ESCALATED_BY, "Frontline support", 1, null, null, BILLING, null)))
                .containsExactly(number);
        assertThat(metrics.drillDown(new DrillDown(DrillDown.Figure.FIRST_CONTACT, null, 1, null, null, BILLING, null))).isEmpty();
        assertThat(metrics.drillDown(new DrillDown(DrillDown.Figure.ESCALATED, null, 1, null, null, BILLING,
                new DashboardCut(null, null, null, "alice", null, null)))).isEmpty();
        assertThatThrownBy(() -> metrics.drillDown(new DrillDown(DrillDown.Figure.ESCALATED, null, 1, null, null, "Frontline support", null)))
                .isInstanceOf(AccessRefused.class);

        TicketFact fact = em.find(TicketFact.class, number);
        assertThat(fact.resolution().publicReplies()).isEqualTo(1);
        assertThat(fact.resolution().tier()).isEqualTo(2);
        assertThat(fact.getAcceptedEscalations()).isEqualTo(1);
        assertThat(fact.getResolvedBy()).isEqualTo("bob");
    }

    @Test
    void aRebuildFromTheAuditTrailGivesTheKeptFiguresAndRepairsADamagedOne() {
        String number = escalatedAndResolved("Router refund dispute");
        Map<String, Map<String, Object>> kept = allFigures();
        signIn.as("adam");
        // a year: other tests move the clock on by weeks, past the demo history's last month
        Dashboard keptDashboard = metrics.dashboard(365, null, DashboardCut.NONE);
        // the daily rollups (and the facts of the day the period cuts) add up to what the period's facts give
        assertThat(keptDashboard.current().resolution().resolved()).isGreaterThan(10);
        assertThat(keptDashboard.current()).isEqualTo(PeriodFigures.of(resolvedIn(keptDashboard.from(), keptDashboard.to())));
        assertThat(keptDashboard.previous()).isEqualTo(PeriodFigures.of(resolvedIn(keptDashboard.from().minus(Duration.ofDays(365)),
                keptDashboard.from())));
        // the table by agent, worked out by the database, by the definitions of ResolvedTicket and DurationFigures
        Map<String, List<ResolvedTicket>> resolutions = new java.util.TreeMap<>();
        resolvedIn(keptDashboard.from(), keptDashboard.to()).stream().filter(f -> f.resolution() != null && f.getResolvedBy() != null)
                .forEach(f -> resolutions.computeIfAbsent(f.getResolvedBy(), a -> new ArrayList<>()).add(f.resolution()));
        Map<String, ResolutionMetrics> byAgent = new java.util.TreeMap<>();
        resolutions.forEach((agent, list) -> byAgent.put(agent, ResolutionMetrics.of(list)));
        assertThat(keptDashboard.byAgent()).hasSizeGreaterThan(2).isEqualTo(byAgent);
        assertThat(keptDashboard.agents()).containsExactlyElementsOf(byAgent.keySet());
        execute("UPDATE ticket_fact SET public_replies = 7, resolved_by = 'nobody' WHERE ticket_number = ?", number);
        try (Connection db = dataSource.getConnection(); PreparedStatement damage = db.prepareStatement(
                "UPDATE daily_rollup SET resolved = resolved + 5, first_contact = first_contact + 5 WHERE teams LIKE ?");
                PreparedStatement changed = db.prepareStatement("UPDATE rollup_day SET version = version + 1")) {
            damage.setString(1, "%|Billing specialists|%");
            assertThat(damage.executeUpdate()).as("rollups damaged").isPositive();
            // what a server keeps of a day it reads again once the day's version changed
            changed.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(metrics.dashboard(365, null, DashboardCut.NONE).current()).isNotEqualTo(keptDashboard.current());

        FactsRebuild result = metrics.rebuildFacts();

        assertThat(result.replayed()).isEqualTo(kept.size());
        assertThat(result.changed()).as("only the damaged fact differed from its replay").isEqualTo(1);
        // the service-level sweep may move an open demo ticket meanwhile; a resolved one stays as it was
        assertThat(allFigures().get(number)).isEqualTo(kept.get(number));
        // the damaged rollups were rolled up again from the facts
        Dashboard rebuilt = metrics.dashboard(365, null, DashboardCut.NONE);
        assertThat(rebuilt.current()).isEqualTo(keptDashboard.current());
        assertThat(rebuilt.previous()).isEqualTo(keptDashboard.previous());
        assertThat(rebuilt.cost()).isEqualTo(keptDashboard.cost());
        assertThat(rebuilt.breakdowns()).isEqualTo(keptDashboard.breakdowns());
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).extracting(TimelineEntry::action)
                .contains(AuditAction.METRIC_FACTS_REBUILT.label());
    }

    /**
     * The last 90 days are read from this server's copy of recent days (the 90 before them, the
     * previous period, partly from the database): cold, and again once a new resolution changed today,
     * they give what the facts give, for the whole desk, the table by agent, and a team's view with a
     * cut. A damaged rollup shows once its day's version changes, and a rebuild puts it right.
     */
    @Test
    void theDashboardOfRecentDaysFromThisServersCopyGivesWhatTheFactsGive() {
        for (int round = 0; round < 2; round++) {
            String number = escalatedAndResolved("Invoice sent twice, round " + round);
            signIn.as("adam");
            Dashboard recent = metrics.dashboard(90, null, DashboardCut.NONE);
            List<TicketFact> resolved = resolvedIn(recent.from(), recent.to());
            assertThat(resolved).extracting(TicketFact::getTicketNumber).contains(number);
            assertThat(recent.current()).isEqualTo(PeriodFigures.of(resolved));
            assertThat(recent.previous()).isEqualTo(PeriodFigures.of(resolvedIn(recent.from().minus(Duration.ofDays(90)), recent.from())));
            Map<String, List<ResolvedTicket>> resolutions = new java.util.TreeMap<>();
            resolved.stream().filter(f -> f.resolution() != null && f.getResolvedBy() != null)
                    .forEach(f -> resolutions.computeIfAbsent(f.getResolvedBy(), a -> new ArrayList<>()).add(f.resolution()));
            Map<String, ResolutionMetrics> byAgent = new java.util.TreeMap<>();
            resolutions.forEach((agent, list) -> byAgent.put(agent, ResolutionMetrics.of(list)));
            assertThat(recent.byAgent()).containsKey("bob").isEqualTo(byAgent);

            DashboardCut billingAtTier2 = new DashboardCut(Category.BILLING, null, 2, null, null, null);
            Dashboard team = metrics.dashboard(90, BILLING, billingAtTier2);
            List<TicketFact> inView = factQueries.resolved(team.from(), team.to(), List.of(BILLING)).stream()
                    .filter(billingAtTier2::takes).toList();
            assertThat(inView).extracting(TicketFact::getTicketNumber).contains(number);
            assertThat(team.current()).isEqualTo(PeriodFigures.of(inView));
        }
        // two days on, those resolutions lie on a whole day of the period: added up from its rollups
        clock.advance(Duration.ofDays(2));
        signIn.as("adam");
        Dashboard kept = metrics.dashboard(90, null, DashboardCut.NONE);
        assertThat(kept.current()).isEqualTo(PeriodFigures.of(resolvedIn(kept.from(), kept.to())));
        try (Connection db = dataSource.getConnection(); PreparedStatement damage = db.prepareStatement(
                "UPDATE daily_rollup SET resolved = resolved + 5 WHERE resolved_on = ?");
                PreparedStatement changed = db.prepareStatement("UPDATE rollup_day SET version = version + 1 WHERE resolved_on = ?")) {
            for (PreparedStatement update : List.of(damage, changed)) {
                update.setObject(1, RollupWindow.day(clock.instant().minus(Duration.ofDays(2))));
                assertThat(update.executeUpdate()).isPositive();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(metrics.dashboard(90, null, DashboardCut.NONE).current().resolution().resolved())
                .isGreaterThan(kept.current().resolution().resolved());
        metrics.rebuildFacts();
        assertThat(metrics.dashboard(90, null, DashboardCut.NONE).current()).isEqualTo(kept.current());
    }

    /**
     * Replays of three tickets' chains run over and over while an agent keeps answering on them.
     * After each reply is saved, every fact must count every reply saved on its ticket so far: a
     * replay that read the chain before a reply and wrote after it would set the fact back. None may
     * be refused, and at the end each fact is its chain replayed.
     */
    @Test
    void aRebuildRacingLiveChangesLosesNoEntryAndRefusesNoChange() throws Exception {
        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(tickets.open(new NewTicket(customer.id(), "Busy ticket " + i, "Answered while its figures are rebuilt",
                    Category.GENERAL, Priority.NORMAL)));
        }
        AtomicBoolean answering = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> replays = pool.submit(() -> {
                while (answering.get()) {
                    facts.replay(numbers);
                    rounds.incrementAndGet();
                }
            });
            int replies = 90;
            int[] saved = new int[numbers.size()];
            List<String> setBack = new ArrayList<>();
            for (int i = 0; i < replies; i++) {
                tickets.addNote(numbers.get(i % numbers.size()), "Update " + i, NoteVisibility.PUBLIC);
                saved[i % numbers.size()]++;
                em.clear();
                for (int t = 0; t < numbers.size(); t++) {
                    Object counted = em.find(TicketFact.class, numbers.get(t)).figures().get("publicReplies");
                    if ((Integer) counted < saved[t]) {
                        setBack.add(numbers.get(t) + " counted " + counted + " of " + saved[t] + " replies");
                    }
                }
            }
            answering.set(false);
            replays.get(60, TimeUnit.SECONDS);
            assertThat(rounds.get()).as("replays while the replies were written").isPositive();
            assertThat(setBack).as("facts a replay set back behind a saved reply").isEmpty();

            em.clear();
            for (String number : numbers) {
                TicketFact fact = em.find(TicketFact.class, number);
                assertThat(fact.getLastSequence()).as(number).isEqualTo(audit.countEntries(AuditEntry.ticketChain(number)));
                assertThat(fact.figures()).as(number).containsEntry("publicReplies", replies / numbers.size());
            }
            assertThat(facts.replay(numbers)).as("kept facts that differ from a replay of their chains").isZero();
        } finally {
            answering.set(false);
            pool.shutdownNow();
        }
    }

    @Test
    void managersSeeTheirOwnTeamsAndAgentsSeeNoFigures() {
        signIn.as("omar");
        Dashboard mine = metrics.dashboard(30, null, DashboardCut.NONE);
        assertThat(mine.teams()).containsExactly(BILLING, "Network engineering");
        assertThat(mine.scope()).isEqualTo("Your teams: Billing specialists, Network engineering");
        assertThatThrownBy(() -> metrics.dashboard(30, "Frontline support", DashboardCut.NONE)).isInstanceOf(AccessRefused.class)
                .hasMessage("The dashboard of Frontline support is for its managers; you can choose among"
                        + " Billing specialists, Network engineering.");
        assertThatThrownBy(() -> metrics.dashboard(0, null, DashboardCut.NONE)).isInstanceOf(RuleViolation.class)
                .hasMessage("A dashboard covers 1 to 731 days.");

        signIn.as("adam");
        assertThat(metrics.dashboard(30, null, DashboardCut.NONE).scope()).isEqualTo("All teams");

        signIn.as("nina");
        assertThatThrownBy(() -> metrics.dashboard(30, null, DashboardCut.NONE)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> metrics.rebuildFacts()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anAdminPricesATierInTheCurrencyOfTheOthersAndTheChangeIsAudited() {
        signIn.as("adam");
        directoryAdmin.setTierCost(2, new java.math.BigDecimal("75.50"), "eur");
        try {
            assertThat(directoryAdmin.tiers()).filteredOn(t -> t.level() == 2).singleElement()
                    .satisfies(t -> assertThat(t.cost()).isEqualTo("75.50 EUR"));
            assertThatThrownBy(() -> directoryAdmin.setTierCost(3, new java.math.BigDecimal("120"), "USD"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("The tiers' costs are in EUR; give this one in EUR too, so that they add up.");
            assertThatThrownBy(() -> directoryAdmin.editTier(3, "Renamed", null, new java.math.BigDecimal("-5"), "EUR"))
                    .isInstanceOf(RuleViolation.class).hasMessage("The amount must be more than zero.");
            assertThat(directoryAdmin.tiers()).filteredOn(t -> t.level() == 3).singleElement()
                    .satisfies(t -> assertThat(t.name()).as("nothing half-saved").isEqualTo("Experts"));
            assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).extracting(TimelineEntry::summary)
                    .contains("A ticket handled at Tier 2 · Specialists costs 75.50 EUR");
        } finally {
            // the other tests price at the migration's defaults
            directoryAdmin.setTierCost(2, new java.math.BigDecimal("69"), "EUR");
        }
    }

    @Test
    void theBacklogCountsWhatWaitsOnEachTeamAndLevelAndItsActiveTicketsMatchTheFinder() {
        signIn.as("maria");
        Backlog before = metrics.backlog(null);
        assertThat(before.teams()).extracting(Backlog.TeamLoad::team).containsExactly("Frontline support", "Platform engineering");
        Backlog.TeamLoad frontline = before.teams().get(0);
        // the drill-down: the finder's active tickets of the team are the ones counted
        Set<TicketStatus> active = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isActive).collect(Collectors.toSet());
        TicketSearch activeAtFrontline = new TicketSearch("", active, frontline.teamId(), null, null, null, null, null, null, null,
                null, null);
        assertThat(frontline.activeTickets()).isPositive();
        assertThat(finder.count(activeAtFrontline)).as(() -> differences(activeAtFrontline, frontline.teamId()))
                .isEqualTo(frontline.activeTickets());

        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String number = tickets.open(new NewTicket(customer.id(), "Refund beyond the limit", "An annual plan cancelled",
                Category.BILLING, Priority.NORMAL));
        approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("1200.00"), "EUR", "Within the notice period"));
        signIn.as("maria");
        // counted before the clock moves on: two hours later the service-level sweep may move an earlier test's ticket on
        assertThat(metrics.backlog(null).teams().get(0).activeTickets()).isEqualTo(frontline.activeTickets() + 1);
        clock.advance(Duration.ofHours(2));

        Backlog requested = metrics.backlog(null);
        assertThat(finder.count(activeAtFrontline)).as(() -> differences(activeAtFrontline, frontline.teamId()))
                .isEqualTo(requested.teams().get(0).activeTickets());
        assertThat(waitingOn(requested, AuthorityLevel.TEAM_LEAD)).isEqualTo(waitingOn(before, AuthorityLevel.TEAM_LEAD) + 1);
        assertThat(level(requested, AuthorityLevel.TEAM_LEAD).decisions().oldest()).isGreaterThanOrEqualTo(Duration.ofHours(2));

        // approved by the team lead, it waits on the managers from that moment
        signIn.as("lena");
        long request = approvals.forTicket(number).get(0).id();
        approvals.approve(request, "Within the notice period");
        signIn.as("maria");
        Backlog approvedOnce = metrics.backlog(null);
        assertThat(waitingOn(approvedOnce, AuthorityLevel.TEAM_LEAD)).isEqualTo(waitingOn(before, AuthorityLevel.TEAM_LEAD));
        assertThat(waitingOn(approvedOnce, AuthorityLevel.MANAGER)).isEqualTo(waitingOn(before, AuthorityLevel.MANAGER) + 1);

        // an escalation waits at the receiving team's door: Billing is omar's
        signIn.as("omar");
        int billingWaiting = metrics.backlog(BILLING).teams().get(0).escalations().count();
        signIn.as("alice");
        String escalated = tickets.open(new NewTicket(customer.id(), "Double charge", "Charged twice", Category.BILLING, Priority.NORMAL));
        TeamOption billing = directory.teams().stream().filter(t -> t.name().equals(BILLING)).findFirst().orElseThrow();
        escalations.escalate(new EscalationRequest(escalated, billing.id(), EscalationReason.KNOWLEDGE, "Double charge",
                "Checked the payments", "Refund one capture"));
        clock.advance(Duration.ofMinutes(90));
        signIn.as("omar");
        Backlog.TeamLoad billingNow = metrics.backlog(BILLING).teams().get(0);
        assertThat(billingNow.escalations().count()).isEqualTo(billingWaiting + 1);
        assertThat(billingNow.escalations().oldest()).isGreaterThanOrEqualTo(Duration.ofMinutes(90));

        signIn.as("maria");
        assertThatThrownBy(() -> metrics.backlog(BILLING)).isInstanceOf(AccessRefused.class);
        signIn.as("alice");
        assertThatThrownBy(() -> metrics.backlog(null)).isInstanceOf(EJBAccessException.class);
    }

    /**
     * Which active tickets of the team the database and the finder disagree on, read again when they
     * differ: a failure names the tickets (with status, team and last change) instead of two counts.
     */
    private String differences(TicketSearch search, long teamId) {
        Set<String> inDatabase = em.createQuery("select t from Ticket t where t.team.id = :team", Ticket.class)
                .setParameter("team", teamId).getResultStream()
                .filter(t -> t.getStatus().isActive()).map(Ticket::getNumber).collect(Collectors.toSet());
        Set<String> found = finder.search(search, 0, TicketFinder.MAX_PAGE).tickets().stream().map(TicketSummary::number)
                .collect(Collectors.toSet());
        Set<String> onlyInDatabase = new java.util.TreeSet<>(inDatabase);
        onlyInDatabase.removeAll(found);
        Set<String> onlyFound = new java.util.TreeSet<>(found);
        onlyFound.removeAll(inDatabase);
        StringBuilder text = new StringBuilder("active tickets of the team: ").append(inDatabase.size()).append(" in the database, ")
                .append(found.size()).append(" found");
        for (String number : onlyInDatabase) {
            text.append("; only in the database: ").append(describe(number));
        }
        for (String number : onlyFound) {
            text.append("; only found: ").append(describe(number));
        }
        return text.toString();
    }

    private String describe(String number) {
        return em.createQuery("select t from Ticket t where t.number = :n", Ticket.class).setParameter("n", number)
                .getResultStream().findFirst().map(t -> number + " (" + t.getStatus() + ", " + t.getTeam().getName() + ", updated "
                        + t.getUpdatedAt() + ")").orElse(number + " (no such ticket)");
    }

    /** The demo desk's decisions all still wait: the steps decided in the last day are this request's alone. */
    @Test
    void approvalTurnaroundCountsEachLevelsDecisionFromWhenTheRequestReachedIt() {
        signIn.as("maria");
        DecisionsByKind.Kind refundsBefore = refunds(metrics.decisionsByKind(1, null));
        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String number = tickets.open(new NewTicket(customer.id(), "Refund of an annual plan", "Cancelled in time",
                Category.BILLING, Priority.NORMAL));
        long request = approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("1200.00"), "EUR",
                "Within the notice period")).id();
        clock.advance(Duration.ofHours(2));
        signIn.as("lena");
        approvals.approve(request, "Within the notice period");
        clock.advance(Duration.ofHours(3));
        signIn.as("maria");
        approvals.reject(request, "Outside the refund policy for annual plans");

        ApprovalTurnaround.Compared figures = metrics.approvalTurnaround(1, null);
        ApprovalTurnaround.Level leads = figures.current().at(AuthorityLevel.TEAM_LEAD);
        assertThat(leads.approved()).isEqualTo(new Share(1, 1));
        assertThat(leads.turnaround().median()).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(1));
        ApprovalTurnaround.Level managers = figures.current().at(AuthorityLevel.MANAGER);
        assertThat(managers.approved()).isEqualTo(new Share(0, 1));
        assertThat(managers.turnaround().median()).isBetween(Duration.ofHours(3), Duration.ofHours(3).plusMinutes(1));
        assertThat(figures.previous().levels()).isEmpty();
        // a refund alice could decide alone, and the one above her limit that the manager rejected
        signIn.as("alice");
        approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("20.00"), "EUR", "Shipping fee"));
        signIn.as("maria");
        DecisionsByKind.Kind refunds = refunds(metrics.decisionsByKind(1, null));
        assertThat(refunds.requested()).isEqualTo(refundsBefore.requested() + 2);
        assertThat(refunds.withinAuthority()).isEqualTo(refundsBefore.withinAuthority() + 1);
        assertThat(refunds.aboveLimit()).isEqualTo(refundsBefore.aboveLimit() + 1);
        assertThat(refunds.rejected()).isEqualTo(refundsBefore.rejected() + 1);
        assertThat(refunds.approved()).isEqualTo(refundsBefore.approved());
        // the ticket is Frontline's: omar's teams made no decision
        signIn.as("omar");
        assertThat(metrics.approvalTurnaround(1, null).current().levels()).isEmpty();
        assertThatThrownBy(() -> metrics.approvalTurnaround(0, null)).isInstanceOf(RuleViolation.class);
    }

    /** Forty days on, the demo history is out of the one-day window: the figures are these tickets' alone. */
    @Test
    void anEscalationAvoidedThroughKnowledgeSavesTheNextTiersCost() {
        clock.advance(Duration.ofDays(40));
        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String escalated = tickets.open(new NewTicket(customer.id(), "Router reboots at night", "It restarts around 3 am.",
                Category.NETWORK, Priority.NORMAL));
        TeamOption network = directory.teams().stream().filter(t -> t.name().equals("Network engineering")).findFirst().orElseThrow();
        long e = escalations.escalate(new EscalationRequest(escalated, network.id(), EscalationReason.KNOWLEDGE,
                "Nightly reboots", "Power cycled", "Find the cause"));
        signIn.as("nina");
        escalations.accept(e);
        String article = knowledge.create(new ArticleContent("Router reboots every night at 3 am", "My router restarts at night",
                null, "Firmware maintenance window", "Move the maintenance window in the ACS profile", Category.NETWORK,
                List.of("router"), Audience.INTERNAL), escalated);
        signIn.as("tom");
        String repeat = tickets.open(new NewTicket(customer.id(), "Router restarting overnight", "Reboots at about 3 every night.",
                Category.NETWORK, Priority.NORMAL));
        knowledge.link(repeat, article);
        tickets.resolve(repeat, "Moved the maintenance window as the article says.");

        signIn.as("maria");
        EscalationCost cost = metrics.dashboard(1, "Frontline support", DashboardCut.NONE).cost();
        // resolved at Tier 1 with an article from an escalated case: it would have gone to Tier 2, at 69 EUR
        assertThat(cost.avoidedByKnowledge()).isEqualTo(1);
        assertThat(cost.savedByKnowledge()).isEqualByComparingTo("69.00");
        // on nina's own page: her article, linked to its source case and to tom's, solved tom's and avoided its escalation
        signIn.as("nina");
        assertThat(metrics.mine(1).articles()).filteredOn(a -> a.number().equals(article)).singleElement()
                .isEqualTo(new MyFigures.ArticleReuse(article, "Router reboots every night at 3 am", 2, 1, 1));
    }

    @Test
    void anAgentSeesTheirResolutionsBesideTheirTeamsTheirHandoffRatingsAndTheirArticlesReuse() {
        signIn.as("alice");
        MyFigures before = metrics.mine(1);
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String solved = tickets.open(new NewTicket(customer.id(), "Receipt printer offline", "Printer shows offline",
                Category.TECHNICAL, Priority.NORMAL));
        tickets.addNote(solved, "Restarted the print spooler with you on the phone.", NoteVisibility.PUBLIC);
        tickets.resolve(solved, "Restarted the print spooler.");
        String escalated = tickets.open(new NewTicket(customer.id(), "Refund dispute", "Charged for a cancelled order",
                Category.BILLING, Priority.NORMAL));
        TeamOption billing = directory.teams().stream().filter(t -> t.name().equals(BILLING)).findFirst().orElseThrow();
        long e = escalations.escalate(new EscalationRequest(escalated, billing.id(), EscalationReason.KNOWLEDGE,
                "Refund dispute", "Checked the order", "Decide the refund"));
        signIn.as("bob");
        escalations.accept(e, new HandoffRating(4, 2, 5, "Which order was it?"));

        signIn.as("alice");
        MyFigures mine = metrics.mine(1);
        assertThat(mine.teamName()).isEqualTo("Frontline support");
        assertThat(mine.mine().resolved()).isEqualTo(before.mine().resolved() + 1);
        assertThat(mine.team().resolved()).isGreaterThanOrEqualTo(mine.mine().resolved());
        assertThat(mine.escalations().requested()).isEqualTo(before.escalations().requested() + 1);
        assertThat(mine.escalations().accepted()).isEqualTo(before.escalations().accepted() + 1);
        assertThat(mine.escalations().list().get(0)).satisfies(x -> {
            assertThat(x.ticket()).isEqualTo(escalated);
            assertThat(x.toTeam()).isEqualTo(BILLING);
            assertThat(x.rating()).isEqualTo(new MyFigures.Rating(4, 2, 5, "Which order was it?", true));
        });
        assertThat(mine.escalations().poor()).isEqualTo(before.escalations().poor() + 1);
        // bob's page shows none of alice's escalations; a manager has no page of their own
        signIn.as("bob");
        assertThat(metrics.mine(1).escalations().list()).extracting(MyFigures.Escalation::ticket).doesNotContain(escalated);
        signIn.as("maria");
        assertThatThrownBy(() -> metrics.mine(1)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theAdvisorCountsWhatAHigherLimitWouldHaveLetAgentsDecideAloneAndAnAdminAppliesIt() {
        signIn.as("maria");
        LimitAdvice upTo100Before = metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("100"));
        LimitAdvice upTo150Before = metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("150"));
        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String number = tickets.open(new NewTicket(customer.id(), "Refunds after a double charge", "Charged twice in March",
                Category.BILLING, Priority.NORMAL));
        // alice (Tier 1) may refund up to 50 EUR alone: 20 is hers, 80 and 120 go to her team lead
        approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("20.00"), "EUR", "Shipping fee"));
        long eighty = approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("80.00"), "EUR", "First charge")).id();
        long hundredTwenty = approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("120.00"), "EUR",
                "Second charge")).id();
        signIn.as("lena");
        approvals.approve(eighty, "Charged twice, as the statement shows");
        approvals.reject(hundredTwenty, "The second charge was a pre-authorisation and is released by itself");

        signIn.as("maria");
        LimitAdvice upTo100 = metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("100"));
        assertThat(upTo100.current()).isEqualTo(Money.of("50", "EUR"));
        assertThat(upTo100.requested()).isEqualTo(upTo100Before.requested() + 3);
        assertThat(upTo100.withinNow()).isEqualTo(upTo100Before.withinNow() + 1);
        assertThat(upTo100.aboveNow()).isEqualTo(upTo100Before.aboveNow() + 2);
        // up to 100 EUR the 80 EUR refund would have been alice's to decide; the approver approved it as asked
        assertThat(upTo100.wouldBeWithin()).isEqualTo(upTo100Before.wouldBeWithin() + 1);
        assertThat(upTo100.approved()).isEqualTo(upTo100Before.approved() + 1);
        assertThat(upTo100.rejected()).isEqualTo(upTo100Before.rejected());
        assertThat(upTo100.decidedAlone()).isEqualByComparingTo(upTo100Before.decidedAlone().add(new BigDecimal("80")));
        // up to 150 EUR she would also have granted the 120 EUR her team lead rejected
        LimitAdvice upTo150 = metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("150"));
        assertThat(upTo150.wouldBeWithin()).isEqualTo(upTo150Before.wouldBeWithin() + 2);
        assertThat(upTo150.rejected()).isEqualTo(upTo150Before.rejected() + 1);
        assertThat(upTo150.rejectedAmount()).isEqualByComparingTo(upTo150Before.rejectedAmount().add(new BigDecimal("120")));
        // no raise, and no kind: refused with the reason
        assertThatThrownBy(() -> metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("50")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("up to 50.00 EUR already");
        assertThatThrownBy(() -> metrics.limitAdvice(1, "NO_SUCH_KIND", AuthorityLevel.TIER_1_AGENT, BigDecimal.TEN))
                .isInstanceOf(RuleViolation.class);
        // the ticket is Frontline's: omar's teams asked for none of these
        signIn.as("omar");
        assertThat(metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("100")).requested())
                .isEqualTo(0);

        // an admin applies a proposed limit through the authority limits, and the advisor starts from it
        signIn.as("adam");
        authorityLimits.setLimit("REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("100.00"), "EUR");
        try {
            assertThat(metrics.limitAdvice(1, "REFUND", AuthorityLevel.TIER_1_AGENT, null).current()).isEqualTo(Money.of("100", "EUR"));
            assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).last().extracting(TimelineEntry::action)
                    .isEqualTo(AuditAction.AUTHORITY_LIMIT_SET.label());
            // on the dashboard's "what changed it": too recent to compare at once, compared over two days two days on
            String change = "Tier 1 agent may decide a refund up to 100.00 EUR";
            assertThat(metrics.dashboard(30, null, DashboardCut.NONE).changes()).filteredOn(c -> c.change().equals(change))
                    .singleElement().satisfies(c -> assertThat(c.compared()).isFalse());
            clock.advance(Duration.ofDays(2));
            assertThat(metrics.dashboard(30, null, DashboardCut.NONE).changes()).filteredOn(c -> c.change().equals(change))
                    .singleElement().satisfies(c -> {
                        assertThat(c.compared()).isTrue();
                        assertThat(c.span()).isBetween(Duration.ofDays(2), Duration.ofDays(2).plusMinutes(1));
                        // alice's three refunds' ticket is still open: nothing resolved after the change
                        assertThat(c.after().resolution().resolved()).isZero();
                    });
        } finally {
            authorityLimits.setLimit("REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("50.00"), "EUR");
        }
    }

    private static DecisionsByKind.Kind refunds(DecisionsByKind figures) {
        return figures.kinds().stream().filter(k -> k.kind().equals("Refund")).findFirst()
                .orElse(new DecisionsByKind.Kind("Refund", 0, 0, 0, 0, 0, 0, 0, new Share(0, 0)));
    }

    private static int waitingOn(Backlog backlog, AuthorityLevel level) {
        Backlog.LevelLoad load = level(backlog, level);
        return load == null ? 0 : load.decisions().count();
    }

    private static Backlog.LevelLoad level(Backlog backlog, AuthorityLevel level) {
        return backlog.approvals().stream().filter(l -> l.level() == level).findFirst().orElse(null);
    }

    /** Taken in by alice, answered, escalated to Billing; accepted by bob an hour later, resolved two hours after. */
    private String escalatedAndResolved(String subject) {
        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String number = tickets.open(new NewTicket(customer.id(), subject, "The customer explains: " + subject,
                Category.BILLING, Priority.NORMAL));
        tickets.addNote(number, "We are looking into it.", NoteVisibility.PUBLIC);
        TeamOption billing = directory.teams().stream().filter(t -> t.name().equals(BILLING)).findFirst().orElseThrow();
        long e = escalations.escalate(new EscalationRequest(number, billing.id(), EscalationReason.KNOWLEDGE,
                "Refund dispute", "Checked the order", "Decide the refund"));
        clock.advance(Duration.ofHours(1));
        signIn.as("bob");
        escalations.accept(e);
        clock.advance(Duration.ofHours(2));
        tickets.resolve(number, "Refunded.");
        return number;
    }

    private Map<String, Map<String, Object>> allFigures() {
        em.clear();
        Map<String, Map<String, Object>> figures = new TreeMap<>();
        em.createQuery("select f from TicketFact f", TicketFact.class).getResultList()
                .forEach(f -> figures.put(f.getTicketNumber(), f.figures()));
        return figures;
    }

    /** The facts of the tickets resolved from {@code from} until before {@code to}, read as they are stored. */
    private List<TicketFact> resolvedIn(java.time.Instant from, java.time.Instant to) {
        em.clear();
        return em.createQuery("select f from TicketFact f where f.resolvedMicros >= :from and f.resolvedMicros < :to", TicketFact.class)
                .setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to)).getResultList();
    }

    private void execute(String sql, String number) {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, number);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
