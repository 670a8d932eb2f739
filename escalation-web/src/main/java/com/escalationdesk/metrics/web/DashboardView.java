package com.escalationdesk.metrics.web;

import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.metrics.ApprovalTurnaround;
import com.escalationdesk.metrics.Backlog;
import com.escalationdesk.metrics.Dashboard;
import com.escalationdesk.metrics.DashboardCut;
import com.escalationdesk.metrics.DashboardReport;
import com.escalationdesk.metrics.DecisionsByKind;
import com.escalationdesk.metrics.DrillDown;
import com.escalationdesk.metrics.FactsRebuild;
import com.escalationdesk.metrics.FigureText;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.metrics.PeriodFigures;
import com.escalationdesk.metrics.ReportPeriod;
import com.escalationdesk.metrics.Share;
import com.escalationdesk.shared.export.CsvText;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manager's dashboard: the figures of the tickets resolved in the chosen period by the teams in
 * view, each with its change from the period before. The period and team are request parameters,
 * so that a view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    private Metrics metrics;

    private int days = 7;
    private String team;
    private Dashboard dashboard;
    private Backlog backlog;
    private ApprovalTurnaround.Compared approvals;
    private DecisionsByKind decisions;
    private String export;
    private String table;
    private String category;
    private String priority;
    private String tier;
    private String agent;
    private String reason;
    private String segment;
    private String period;
    private String at;
    private ReportPeriod reportPeriod;
    private String agentOrder;
    private int agentPage = 1;
    private AgentRows agentRows;
    private DashboardCut cut;

    public void load() {
        cut = cut();
        if (cut == null) {
            return;
        }
        try {
            reportPeriod = ReportPeriod.of(period, at, days, LocalDate.now(ZoneOffset.UTC));
            if (reportPeriod instanceof ReportPeriod.LastDays last) {
                // the filter sends the days as "period": the links, downloads and drill-downs read "days"
                days = last.days();
            }
        } catch (IllegalArgumentException e) {
            FacesActions.error(e.getMessage());
            return;
        }
        boolean loaded = FacesActions.attempt(() -> {
            dashboard = metrics.dashboard(reportPeriod, team, cut);
            backlog = metrics.backlog(team);
            approvals = metrics.approvalTurnaround(reportPeriod, team);
            decisions = metrics.decisionsByKind(reportPeriod, team);
        });
        if (loaded) {
            try {
                agentRows = AgentRows.of(dashboard.byAgent(), agentOrder, agentPage);
            } catch (IllegalArgumentException e) {
                FacesActions.error(e.getMessage());
                agentRows = AgentRows.of(dashboard.byAgent(), AgentRows.BY_NAME, agentPage);
            }
        }
        if (loaded && export != null) {
            sendExport();
        }
    }

    /** The cut the parameters ask for; null, with the reason on the page, when one names nothing there is. */
    private DashboardCut cut() {
        try {
            return new DashboardCut(value(Category.class, category, "category"), value(Priority.class, priority, "priority"),
                    tierValue(), agent, value(EscalationReason.class, reason, "reason"), value(CustomerSegment.class, segment, "segment"));
        } catch (IllegalArgumentException e) {
            FacesActions.error(e.getMessage());
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name, String what) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no " + what + " \"" + name + "\" to cut the dashboard by.");
        }
    }

    private Integer tierValue() {
        if (tier == null || tier.isBlank()) {
            return null;
        }
        if (!tier.strip().matches("[1-9]")) {
            throw new IllegalArgumentException("There is no tier \"" + tier + "\" to cut the dashboard by.");
        }
        return Integer.valueOf(tier.strip());
    }

    /**
     * The dashboard as a file instead of the page: a workbook of every table, a PDF, or one table as
     * CSV. A GET, so that an export can be bookmarked like the page; what cannot be exported is said
     * on the page.
     */
    private void sendExport() {
        DashboardReport report = DashboardReport.of(dashboard, backlog, approvals, decisions);
        String name = reportPeriod instanceof ReportPeriod.Calendar c
                ? "dashboard-" + c.unit().name().toLowerCase(Locale.ROOT) + "-" + c.start()
                : "dashboard-" + ((ReportPeriod.LastDays) reportPeriod).days() + "-days";
        switch (export) {
            case "xlsx" -> send(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    out -> DashboardWorkbook.write(report, out));
            case "pdf" -> send(name + ".pdf", "application/pdf", out -> DashboardPdf.write(report, out));
            case "csv" -> report.table(table == null ? "" : table).ifPresentOrElse(
                    t -> send(name + "-" + t.id() + ".csv", "text/csv; charset=UTF-8", out -> writeCsv(t, out)),
                    () -> FacesActions.error("The dashboard has no table \"" + table + "\" to export."));
            default -> FacesActions.error("The dashboard exports as xlsx, pdf or csv, not as \"" + export + "\".");
        }
    }

    private static void writeCsv(DashboardReport.Table t, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write('\uFEFF'); // so that spreadsheets read the file as UTF-8
        csv.write(CsvText.line(t.columns()));
        for (List<Object> row : t.cells()) {
            csv.write(CsvText.line(row));
        }
        csv.flush();
    }

    private interface FileWriting {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void send(String fileName, String contentType, FileWriting file) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext http = faces.getExternalContext();
        http.setResponseContentType(contentType);
        http.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            file.writeTo(http.getResponseOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("The dashboard's export could not be sent", e);
        }
        faces.responseComplete();
    }

    /** The address of an export of what is in view: "xlsx", "pdf", or "csv" of one table. */
    public String exportLink(String format, String tableId) {
        return address(agent) + "&export=" + format + param("table", tableId);
    }

    /** This dashboard's address, with the agent given. */
    private String address(String agentLogin) {
        return "metrics/dashboard.xhtml?" + (isCalendar() ? "period=" + period.strip() + param("at", at) : "days=" + days)
                + param("team", team) + param("category", category)
                + param("priority", priority) + param("tier", tier) + param("agent", agentLogin) + param("reason", reason)
                + param("segment", segment);
    }

    private static String param(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    /** Whether any clock of the period's tickets ended, so that the service-level chart has something to show. */
    public boolean isAnyClockEnded() {
        return dashboard.breakdowns().serviceLevels().values().stream().anyMatch(share -> share.whole() > 0);
    }

    public List<SlaKind> getServiceLevelKinds() {
        return List.of(SlaKind.values());
    }

    public List<EscalationReason> getReasons() {
        return List.of(EscalationReason.values());
    }

    /** The period's approval steps by level, and the period's before. */
    public ApprovalTurnaround.Compared getApprovals() {
        return approvals;
    }

    /** The period's decisions by kind against the requesters' authority limits. */
    public DecisionsByKind getDecisions() {
        return decisions;
    }

    /** The level's figures in the period before, or null. */
    public ApprovalTurnaround.Level approvalsBefore(AuthorityLevel level) {
        return approvals.previous().at(level);
    }

    /** What waits now on the teams in view (not bound to the period). */
    public Backlog getBacklog() {
        return backlog;
    }

    /** The finder's address for a team's active tickets, so that the count leads to the tickets behind it. */
    public String activeTicketsLink(long teamId) {
        return "ticket/find.xhtml?status=active&team=" + teamId + "&order=changed";
    }

    /** An admin's rebuild of every figure from the audit trail; says how many it found wrong (and corrected). */
    public String rebuild() {
        FactsRebuild[] done = new FactsRebuild[1];
        if (!FacesActions.attempt(() -> done[0] = metrics.rebuildFacts())) {
            load();
            return null;
        }
        int changed = done[0].changed();
        FacesActions.info("The figures of " + tickets(done[0].replayed()) + " were rebuilt from the audit trail; "
                + (changed == 0 ? "none differed from the kept ones."
                        : changed + (changed == 1 ? " differed and was" : " differed and were") + " corrected."));
        return "/metrics/dashboard?faces-redirect=true&includeViewParams=true";
    }

    public boolean isLoaded() {
        return dashboard != null;
    }

    public PeriodFigures getNow() {
        return dashboard.current();
    }

    public PeriodFigures getBefore() {
        return dashboard.previous();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** A share before and after a change, with the change: "12.5% → 9.0% (−3.5 pts)". */
    public String beforeAfter(Share before, Share after) {
        String change = FigureText.points(after, before);
        return FigureText.percent(before) + " → " + FigureText.percent(after) + (change.isEmpty() ? "" : " (" + change + ")");
    }

    /** "1 ticket", "3 tickets". */
    private static String tickets(long n) {
        return FigureText.tickets(n);
    }

    /** The change of an amount: "+69.00 EUR", "−22.00 EUR", "no change". */
    public String moneyChange(BigDecimal now, BigDecimal before) {
        return FigureText.moneyChange(now, before, dashboard.cost().currency());
    }

    public List<Map.Entry<String, BigDecimal>> getCostByReason() {
        return List.copyOf(dashboard.cost().divertedByReason().entrySet());
    }

    public List<Map.Entry<String, BigDecimal>> getCostByTeam() {
        return List.copyOf(dashboard.cost().divertedByTeam().entrySet());
    }

    /** The trend as a Chart.js configuration; a point opens the week's escalated or first-contact tickets. */
    public String getTrendChart() {
        return DashboardCharts.trend(dashboard, links(), contextPath());
    }

    /** The funnel Tier 1 → 2 → 3; a bar opens the tickets that reached the tier. */
    public String getFunnelChart() {
        return DashboardCharts.funnel(dashboard, links(), contextPath());
    }

    /** Service levels met per kind of clock; a bar opens the tickets that missed it. */
    public String getServiceLevelsChart() {
        return DashboardCharts.serviceLevels(dashboard, links(), contextPath());
    }

    /** Tickets escalated by the reason of their first escalation; a bar opens them. */
    public String getReasonChart() {
        return DashboardCharts.escalated(dashboard.breakdowns().escalatedByReason(),
                bar -> links().of(DrillDown.Figure.FUNCTIONAL, null, reasonCut(bar.value())), contextPath());
    }

    /** Tickets escalated by the team that escalated them; a bar opens them. */
    public String getTeamChart() {
        return DashboardCharts.escalated(dashboard.breakdowns().escalatedByTeam(),
                bar -> links().of(DrillDown.Figure.ESCALATED_BY, bar.value()), contextPath());
    }

    /** Training needs for the same teams, over at least 90 days: a week holds too few tickets per agent and category. */
    public String getTrainingLink() {
        return "metrics/training.xhtml?days=" + Math.max(90, days) + param("team", team);
    }

    /** The finder's address of the tickets behind one of the period's figures (a {@link DrillDown.Figure} name). */
    public String drillLink(String figure) {
        return links().of(DrillDown.Figure.valueOf(figure), null);
    }

    /** The same for one bar of a chart. */
    public String drillLink(String figure, String bar) {
        return links().of(DrillDown.Figure.valueOf(figure), bar);
    }

    /** The finder's address of the escalated tickets first escalated for one reason. */
    public String reasonLink(String reasonName) {
        return links().of(DrillDown.Figure.FUNCTIONAL, null, reasonCut(reasonName));
    }

    private DashboardCut reasonCut(String reasonName) {
        return new DashboardCut(cut.category(), cut.priority(), cut.tier(), cut.agent(), EscalationReason.valueOf(reasonName),
                cut.segment());
    }

    private DrillLinks links() {
        return new DrillLinks(dashboard.from(), dashboard.to(), days, isCalendar(), team, cut, address(agent));
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/";
    }

    /** The page of the table by agent in view, in the order chosen. */
    public AgentRows getAgentRows() {
        return agentRows;
    }

    /** The dashboard as it is, with the table by agent in this order at this page. */
    public String agentRowsLink(String order, int page) {
        return address(agent) + param("agentOrder", AgentRows.BY_NAME.equals(order) ? null : order)
                + (page > 1 ? "&agentPage=" + page : "") + "#byAgentHeading";
    }

    public String getAgentOrder() {
        return agentOrder;
    }

    public void setAgentOrder(String agentOrder) {
        this.agentOrder = agentOrder;
    }

    public int getAgentPage() {
        return agentPage;
    }

    public void setAgentPage(int agentPage) {
        this.agentPage = agentPage;
    }

    /** The dashboard as it is, cut to one agent's resolutions. */
    public String agentLink(String login) {
        return address(login);
    }

    public List<Map.Entry<String, Duration>> getTimeAtTeams() {
        return List.copyOf(dashboard.current().meanTimeAtTeam().entrySet());
    }

    public Duration beforeAt(String name) {
        return dashboard.previous().meanTimeAtTeam().get(name);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    /** Whether the period is a calendar day, week or month rather than the last so many days. */
    public boolean isCalendar() {
        return reportPeriod instanceof ReportPeriod.Calendar;
    }

    /** The period's choice as the filter offers it: a number of days, or day / week / month. */
    public String getPeriodChoice() {
        return reportPeriod == null ? Integer.toString(days) : reportPeriod.parameter();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public List<CustomerSegment> getSegments() {
        return List.of(CustomerSegment.values());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
