package com.escalationdesk.finder.web;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.directory.TierView;
import com.escalationdesk.finder.FinderFlag;
import com.escalationdesk.finder.TicketFinder;
import com.escalationdesk.finder.TicketSearch;
import com.escalationdesk.metrics.DashboardCut;
import com.escalationdesk.metrics.DrillDown;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ticket finder's page. Every filter is a request parameter (q, status, team, tier, priority,
 * category, flag, createdFrom, createdTo, resolvedFrom, resolvedTo, order), so that a search can be
 * bookmarked and shared, and so that other pages (the dashboard's drill-downs, the header's search
 * box) link straight into a search. Dates are days in UTC; a "to" day is included.
 */
@Named
@ViewScoped
public class FinderView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The status choices besides each single status. */
    public static final String ACTIVE = "active";
    public static final String DONE = "done";

    @Inject
    private TicketFinder finder;

    @Inject
    private Directory directory;

    @Inject
    private Metrics metrics;

    /** A dashboard of this desk, relative to its context: nothing else is offered as the way back. */
    private static final java.util.regex.Pattern DASHBOARD = java.util.regex.Pattern.compile("metrics/dashboard\\.xhtml\\?[\\w%=&.+*-]*");

    /** The finder's own filters, as the page's form sends them. */
    private static final Set<String> FINDER_PARAMETERS = Set.of("q", "status", "team", "tier", "priority", "category", "flag",
            "createdFrom", "createdTo", "resolvedFrom", "resolvedTo", "order");

    private String q;
    private String status;
    private String team;
    private String tier;
    private String priority;
    private String category;
    private String flag;
    private String createdFrom;
    private String createdTo;
    private String resolvedFrom;
    private String resolvedTo;
    private String order;
    private FinderModel results;
    private DrillDown drillDown;
    /** The address of the dashboard the drill-down came from, as the link brought it. */
    private String back;
    private List<TeamOption> teams;
    private List<TierView> tiers;

    /** Reads the parameters into a search; a parameter that makes no sense is said so, and nothing is searched. */
    public void load() {
        FacesActions.attempt(() -> {
            teams = directory.teams();
            tiers = directory.tiers();
        });
        TicketSearch search;
        try {
            search = new TicketSearch(q, statuses(status), id(team, "team"), tier(tier), value(Priority.class, priority, "priority"),
                    value(Category.class, category, "category"), flags(flag), day(createdFrom, "created from", false),
                    day(createdTo, "created to", true), day(resolvedFrom, "resolved from", false),
                    day(resolvedTo, "resolved to", true), order(order));
        } catch (IllegalArgumentException e) {
            FacesActions.error(e.getMessage());
            return;
        }
        DrillDown drill;
        try {
            drill = DrillDown.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()::get);
        } catch (IllegalArgumentException e) {
            FacesActions.error("This link to the tickets behind a dashboard figure is broken: " + e.getMessage());
            return;
        }
        if (drill != null) {
            List<Set<String>> behind = new ArrayList<>();
            if (!FacesActions.attempt(() -> behind.add(metrics.drillDown(drill)))) {
                return;
            }
            drillDown = drill;
            back = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("back");
            search = search.among(behind.get(0));
        }
        results = new FinderModel(finder, search);
    }

    /** The dashboard figure whose tickets are listed, or null for a plain search. */
    public DrillDown getDrillDown() {
        return drillDown;
    }

    /** The drill-down's parameters, kept as hidden fields so that refining the filters keeps it. */
    public List<Map.Entry<String, String>> getDrillParameters() {
        if (drillDown == null) {
            return List.of();
        }
        Map<String, String> kept = new LinkedHashMap<>(drillDown.parameters());
        if (back != null) {
            kept.put("back", back);
        }
        return List.copyOf(kept.entrySet());
    }

    /**
     * Back to the dashboard the figure came from, as it was drawn: the address the drill-down brought
     * (only ever a dashboard of this desk), or one made from the drill-down itself.
     */
    public String getDashboardLink() {
        if (back != null && DASHBOARD.matcher(back).matches()) {
            return back;
        }
        DashboardCut cut = drillDown.cut();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("days", Integer.toString(drillDown.days()));
        p.put("team", drillDown.team());
        p.put("category", cut.category() == null ? null : cut.category().name());
        p.put("priority", cut.priority() == null ? null : cut.priority().name());
        p.put("tier", cut.tier() == null ? null : cut.tier().toString());
        p.put("agent", cut.agent());
        p.put("reason", cut.reason() == null ? null : cut.reason().name());
        p.put("segment", cut.segment() == null ? null : cut.segment().name());
        return "metrics/dashboard.xhtml?" + query(p);
    }

    /** The same filters over every ticket, without the drill-down. */
    public String getWithoutDrillDownLink() {
        Map<String, String> p = new LinkedHashMap<>();
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().forEach((name, value) -> {
            if (FINDER_PARAMETERS.contains(name)) {
                p.put(name, value);
            }
        });
        return "ticket/find.xhtml?" + query(p);
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public FinderModel getResults() {
        return results;
    }

    public boolean isSearched() {
        return results != null;
    }

    public List<TeamOption> getTeams() {
        return teams == null ? List.of() : teams;
    }

    public List<TierView> getTiers() {
        return tiers == null ? List.of() : tiers;
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public FinderFlag[] getFlags() {
        return FinderFlag.values();
    }

    /** What the table says when nothing matched: the words the user typed, not a queue's message. */
    public String getEmptyMessage() {
        return q == null || q.isBlank() ? "No ticket matches these filters." : "No ticket you may see matches “" + q.strip() + "”.";
    }

    private static Set<TicketStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        if (ACTIVE.equals(value)) {
            return Arrays.stream(TicketStatus.values()).filter(TicketStatus::isActive).collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
        }
        if (DONE.equals(value)) {
            return EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);
        }
        return Arrays.stream(value.split(",")).map(s -> value(TicketStatus.class, s, "status"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
    }

    private static Set<FinderFlag> flags(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(s -> value(FinderFlag.class, s, "flag"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FinderFlag.class)));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no " + label + " “" + value.strip() + "”.");
        }
    }

    private static Long id(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("There is no " + label + " “" + value.strip() + "”.");
        }
    }

    private static Integer tier(String value) {
        Long level = id(value, "tier");
        if (level == null) {
            return null;
        }
        if (level < 1 || level > 99) {
            throw new IllegalArgumentException("There is no tier “" + value.strip() + "”.");
        }
        return level.intValue();
    }

    /** The start of the day, or with {@code end} the start of the day after (so that the day is included). */
    private static Instant day(String value, String label, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2999) {
                throw new IllegalArgumentException("The " + label + " date " + day + " is out of range.");
            }
            return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + label + " date “" + value.strip() + "” is not a date like 2026-11-30.");
        }
    }

    private static TicketSearch.Order order(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "relevance" -> TicketSearch.Order.RELEVANCE;
            case "changed" -> TicketSearch.Order.NEWEST_CHANGE;
            case "created" -> TicketSearch.Order.NEWEST_CREATED;
            default -> throw new IllegalArgumentException("There is no order “" + value.strip() + "”.");
        };
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public String getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(String createdFrom) {
        this.createdFrom = createdFrom;
    }

    public String getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(String createdTo) {
        this.createdTo = createdTo;
    }

    public String getResolvedFrom() {
        return resolvedFrom;
    }

    public void setResolvedFrom(String resolvedFrom) {
        this.resolvedFrom = resolvedFrom;
    }

    public String getResolvedTo() {
        return resolvedTo;
    }

    public void setResolvedTo(String resolvedTo) {
        this.resolvedTo = resolvedTo;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
