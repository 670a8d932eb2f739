package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.DashboardCut;
import com.escalationdesk.metrics.DrillDown;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The finder's addresses for the tickets behind the dashboard's figures (relative to the context
 * path): the drill-down itself, and the finder's own filters set to match it (resolved or closed,
 * resolved on the period's days, the cut's category and priority), so that the finder shows what it
 * searched and the user can go on from there.
 */
record DrillLinks(Instant from, Instant to, int days, boolean calendar, String team, DashboardCut cut, String dashboard) {

    /** The finder's parameter holding the address of the dashboard a drill-down came from. */
    static final String BACK = "back";

    /** The tickets behind a figure of the whole period; {@code bar} for a chart's bar, else null. */
    String of(DrillDown.Figure figure, String bar) {
        return of(figure, bar, cut);
    }

    /** The same under another cut, such as one escalation reason. */
    String of(DrillDown.Figure figure, String bar, DashboardCut otherCut) {
        return link(new DrillDown(figure, bar, days, calendar ? from : null, calendar ? to : null, team, otherCut), from, to);
    }

    /** The tickets behind a figure of one of the trend's weeks. */
    String ofWeek(DrillDown.Figure figure, Instant week) {
        DrillDown drill = new DrillDown(figure, null, days, week, week.plus(java.time.Duration.ofDays(7)), team, cut);
        return link(drill, drill.from(to), drill.to(to));
    }

    private String link(DrillDown drill, Instant resolvedFrom, Instant resolvedTo) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("status", "done");
        p.put("resolvedFrom", resolvedFrom.atZone(ZoneOffset.UTC).toLocalDate().toString());
        p.put("resolvedTo", resolvedTo.atZone(ZoneOffset.UTC).toLocalDate().toString());
        if (drill.cut().category() != null) {
            p.put("category", drill.cut().category().name());
        }
        if (drill.cut().priority() != null) {
            p.put("priority", drill.cut().priority().name());
        }
        p.put("order", "changed");
        p.putAll(drill.parameters());
        p.put(BACK, dashboard);
        return "ticket/find.xhtml?" + p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
