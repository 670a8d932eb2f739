package com.escalationdesk.metrics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard as tables, the same figures in the same words as on the screen, for its exports
 * (a workbook with a sheet per table, a table as CSV, the whole as PDF). Counts stay numbers, so that
 * a spreadsheet can add them up; shares, durations and changes are the screen's text.
 *
 * @param title "Dashboard · last 30 days"
 * @param scope the teams in view and the period, in words
 */
public record DashboardReport(String title, String scope, List<Table> tables) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /**
     * One table of the dashboard.
     *
     * @param id its name in addresses and file names: "figures", "backlog"
     * @param title at most 31 characters, the longest name of a workbook's sheet
     * @param cells each row's cells: text, or a whole number ({@link Long})
     */
    public record Table(String id, String title, List<String> columns, List<List<Object>> cells) {

        public Table {
            if (title.length() > 31) {
                throw new IllegalArgumentException("A table's title names its sheet, of at most 31 characters: " + title);
            }
            int width = columns.size();
            for (List<Object> row : cells) {
                if (row.size() != width) {
                    throw new IllegalArgumentException(id + ": a row of " + row.size() + " cells under " + width + " columns");
                }
            }
            columns = List.copyOf(columns);
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** The table with this id, if the report has it. */
    public Optional<Table> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public static DashboardReport of(Dashboard d, Backlog backlog, ApprovalTurnaround.Compared approvals,
            DecisionsByKind decisions) {
        List<Table> tables = new ArrayList<>();
        tables.add(figures(d));
        tables.add(new Table("trend", "The last " + d.trend().size() + " weeks", List.of("Week from", "Resolved",
                "Escalation rate", "First-contact resolution"), d.trend().stream().map(w -> row(DAY.format(w.from()),
                        (long) w.resolved(), FigureText.percent(w.escalated()), FigureText.percent(w.firstContactResolution()))).toList()));
        Dashboard.Breakdowns b = d.breakdowns();
        tables.add(new Table("serviceLevels", "Service levels met", List.of("Clock", "Met", "Ended", "Compliance", "Change",
                "Period before"), b.serviceLevels().entrySet().stream().map(e -> {
                    Share before = b.serviceLevelsBefore().getOrDefault(e.getKey(), new Share(0, 0));
                    return row(e.getKey().label(), e.getValue().part(), e.getValue().whole(), FigureText.percent(e.getValue()),
                            FigureText.points(e.getValue(), before), FigureText.percent(before));
                }).toList()));
        tables.add(new Table("funnel", "Tier 1 to 2 to 3", List.of("Reached", "Tickets", "Of all resolved", "Of the tier before"),
                b.funnel().steps().stream().map(st -> row("Tier " + st.tier(), st.reached(), FigureText.percent(st.ofAll()),
                        FigureText.percent(st.ofStepBefore()))).toList()));
        tables.add(bars("escalatedByReason", "Escalated by reason", "Reason", b.escalatedByReason()));
        tables.add(bars("escalatedByTeam", "Escalated by team", "Escalated by", b.escalatedByTeam()));
        if (d.cost().currency() != null) {
            tables.add(costTable("costByReason", "Cost diverted by reason", "Reason", d.cost(), d.cost().divertedByReason()));
            tables.add(costTable("costByTeam", "Cost diverted by team", "Escalated by", d.cost(), d.cost().divertedByTeam()));
        }
        tables.add(new Table("backlog", "Waiting now by team", List.of("Team", "Tier", "Active tickets", "Escalations waiting",
                "Oldest waiting", "Mean wait"), backlog.teams().stream().map(t -> row(t.team(), (long) t.tier(), t.activeTickets(),
                        (long) t.escalations().count(), waited(t.escalations()), meanWait(t.escalations()))).toList()));
        tables.add(new Table("approvalsWaiting", "Waiting now by approval level", List.of("Waiting on", "Decisions", "Oldest waiting",
                "Mean wait"), backlog.approvals().stream().map(l -> row(l.level().label(), (long) l.decisions().count(),
                        waited(l.decisions()), meanWait(l.decisions()))).toList()));
        tables.add(new Table("approvalTurnaround", "Approvals by level", List.of("Level", "Decided", "Approved", "Median wait",
                "90% within", "Change of the median"), approvals.current().levels().stream().map(l -> {
                    ApprovalTurnaround.Level before = approvals.previous().at(l.level());
                    return row(l.level().label(), l.approved().whole(), FigureText.percent(l.approved()),
                            FigureText.duration(l.turnaround().median()), FigureText.duration(l.turnaround().p90()),
                            before == null ? "" : FigureText.durationChange(l.turnaround().median(), before.turnaround().median()));
                }).toList()));
        tables.add(new Table("decisionsByKind", "Decisions vs authority limits", List.of("Kind", "Requested",
                "Within the agent's limit", "Above it", "Approved as asked", "Decided above the limit", "Approved share",
                "Rejected", "Withdrawn", "Waiting"), decisions.kinds().stream().map(k -> row(k.kind(), (long) k.requested(),
                        (long) k.withinAuthority(), (long) k.aboveLimit(), (long) k.approved(), k.approvedAsAsked().whole(),
                        FigureText.percent(k.approvedAsAsked()), (long) k.rejected(), (long) k.withdrawn(), (long) k.waiting())).toList()));
        tables.add(new Table("changes", "What changed it", List.of("When", "Change", "Each side", "Resolved before",
                "Resolved after", "Escalation rate before", "after", "First-contact resolution before", "after",
                "Resolution time before", "after", "Satisfaction escalated before", "after"), d.changes().stream()
                        .map(DashboardReport::changeRow).toList()));
        tables.add(new Table("byAgent", "By agent", List.of("Resolved by", "Resolved", "First-contact resolution", "One-touch",
                "Escalated before resolution", "Median resolution time"), d.byAgent().entrySet().stream().map(e -> row(e.getKey(),
                        (long) e.getValue().resolved(), FigureText.percent(e.getValue().firstContactResolution()),
                        FigureText.percent(e.getValue().oneTouch()), FigureText.percent(e.getValue().escalated()),
                        FigureText.duration(e.getValue().businessTime().median()))).toList()));
        Map<String, Duration> before = d.previous().meanTimeAtTeam();
        tables.add(new Table("timeAtTeams", "Time at each team", List.of("Team", "Mean time there", "Change"),
                d.current().meanTimeAtTeam().entrySet().stream().map(e -> row(e.getKey(), FigureText.duration(e.getValue()),
                        FigureText.durationChange(e.getValue(), before.get(e.getKey())))).toList()));
        String scope = d.scope() + " · resolved from " + MOMENT.format(d.from()) + " to " + MOMENT.format(d.to())
                + ", compared with " + d.previousWords();
        return new DashboardReport("Dashboard · " + d.periodWords(), scope, tables);
    }

    private static Table figures(Dashboard d) {
        PeriodFigures now = d.current();
        PeriodFigures was = d.previous();
        ResolutionMetrics r = now.resolution();
        ResolutionMetrics p = was.resolution();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Resolved", (long) r.resolved(), FigureText.countChange(r.resolved(), p.resolved()), (long) p.resolved()));
        rows.add(share("Escalation rate", r.escalated(), p.escalated()));
        rows.add(share("Escalated functionally", r.escalatedFunctionally(), p.escalatedFunctionally()));
        rows.add(share("Escalated hierarchically", r.escalatedHierarchically(), p.escalatedHierarchically()));
        rows.add(share("First-contact resolution", r.firstContactResolution(), p.firstContactResolution()));
        rows.add(share("One-touch", r.oneTouch(), p.oneTouch()));
        rows.add(duration("Resolution time, median in business hours", r.businessTime().median(), p.businessTime().median()));
        rows.add(duration("Resolution time, 90th percentile in business hours", r.businessTime().p90(), p.businessTime().p90()));
        rows.add(duration("Resolution time, calendar median", r.calendarTime().median(), p.calendarTime().median()));
        rows.add(share("Bounce rate", now.bounced(), was.bounced()));
        rows.add(duration("Mean time to accept an escalation", now.meanTimeToAccept(), was.meanTimeToAccept()));
        rows.add(score("Satisfaction after an escalation (1–5)", now.satisfactionEscalated(), was.satisfactionEscalated()));
        rows.add(score("Satisfaction without an escalation (1–5)", now.satisfactionNotEscalated(), was.satisfactionNotEscalated()));
        rows.add(score("Effort after an escalation (1–7)", now.effortEscalated(), was.effortEscalated()));
        rows.add(score("Effort without an escalation (1–7)", now.effortNotEscalated(), was.effortNotEscalated()));
        rows.add(share("Exacerbation rate", now.exacerbated(), was.exacerbated()));
        rows.add(share("Link rate", now.linked(), was.linked()));
        rows.add(row("Escalations avoided through knowledge", (long) d.cost().avoidedByKnowledge(),
                FigureText.countChange(d.cost().avoidedByKnowledge(), d.costBefore().avoidedByKnowledge()),
                (long) d.costBefore().avoidedByKnowledge()));
        rows.add(share("Service levels breached", now.breached(), was.breached()));
        if (d.cost().currency() != null) {
            EscalationCost cost = d.cost();
            EscalationCost costBefore = d.costBefore();
            rows.add(row("Cost of escalations (senior time diverted)", cost.money(cost.diverted()),
                    FigureText.moneyChange(cost.diverted(), costBefore.diverted(), cost.currency()),
                    costBefore.money(costBefore.diverted())));
            rows.add(row("Saved through knowledge (escalations avoided)", cost.money(cost.savedByKnowledge()),
                    FigureText.moneyChange(cost.savedByKnowledge(), costBefore.savedByKnowledge(), cost.currency()),
                    costBefore.money(costBefore.savedByKnowledge())));
        }
        return new Table("figures", "Figures", List.of("Figure", "This period", "Change", "Period before"), rows);
    }

    private static List<Object> changeRow(ChangeImpact c) {
        if (!c.compared()) {
            return row(MOMENT.format(c.at()), c.change(), "too recent", "", "", "", "", "", "", "", "", "", "");
        }
        ResolutionMetrics b = c.before().resolution();
        ResolutionMetrics a = c.after().resolution();
        return row(MOMENT.format(c.at()), c.change(), FigureText.duration(c.span()), (long) b.resolved(), (long) a.resolved(),
                FigureText.percent(b.escalated()), FigureText.percent(a.escalated()), FigureText.percent(b.firstContactResolution()),
                FigureText.percent(a.firstContactResolution()), FigureText.duration(b.businessTime().median()),
                FigureText.duration(a.businessTime().median()), FigureText.score(c.before().satisfactionEscalated()),
                FigureText.score(c.after().satisfactionEscalated()));
    }

    private static Table bars(String id, String title, String what, List<Dashboard.Bar> bars) {
        return new Table(id, title, List.of(what, "Tickets"), bars.stream().map(bar -> row(bar.label(), bar.count())).toList());
    }

    private static Table costTable(String id, String title, String what, EscalationCost cost, Map<String, BigDecimal> diverted) {
        return new Table(id, title, List.of(what, "Senior time"),
                diverted.entrySet().stream().map(e -> row(e.getKey(), cost.money(e.getValue()))).toList());
    }

    private static List<Object> share(String figure, Share now, Share before) {
        return row(figure, FigureText.percent(now), FigureText.points(now, before), FigureText.percent(before));
    }

    private static List<Object> duration(String figure, Duration now, Duration before) {
        return row(figure, FigureText.duration(now), FigureText.durationChange(now, before), FigureText.duration(before));
    }

    private static List<Object> score(String figure, BigDecimal now, BigDecimal before) {
        return row(figure, FigureText.score(now), FigureText.scoreChange(now, before), FigureText.score(before));
    }

    private static String waited(Backlog.Waiting w) {
        return w.count() == 0 ? "—" : FigureText.duration(w.oldest());
    }

    private static String meanWait(Backlog.Waiting w) {
        return w.count() == 0 ? "—" : FigureText.duration(w.mean());
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
