package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.Dashboard;
import com.escalationdesk.metrics.DrillDown.Figure;
import com.escalationdesk.metrics.Share;
import com.escalationdesk.metrics.TierFunnel;
import com.escalationdesk.sla.SlaKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The dashboard's charts as Chart.js configurations for p:chart. Each dataset carries, beside its
 * data, "links": the finder's address of the tickets behind each bar or point, which the page's
 * chart extender (resources/js/desk-charts.js) opens on a click.
 */
final class DashboardCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DashboardCharts() {
    }

    /** The weekly escalation rate and first-contact resolution in percent, and bars where the policy or a limit changed. */
    static String trend(Dashboard d, DrillLinks links, String contextPath) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder escalated = Json.createArrayBuilder();
        JsonArrayBuilder firstContact = Json.createArrayBuilder();
        JsonArrayBuilder changed = Json.createArrayBuilder();
        JsonArrayBuilder escalatedLinks = Json.createArrayBuilder();
        JsonArrayBuilder firstContactLinks = Json.createArrayBuilder();
        for (Dashboard.Week w : d.trend()) {
            Instant end = w.from().plus(Duration.ofDays(7));
            labels.add(DAY.format(w.from()));
            number(escalated, w.escalated().percent());
            number(firstContact, w.firstContactResolution().percent());
            boolean changeThatWeek = d.changes().stream().anyMatch(c -> !c.at().isBefore(w.from()) && c.at().isBefore(end));
            number(changed, changeThatWeek ? BigDecimal.valueOf(100) : null);
            escalatedLinks.add(contextPath + links.ofWeek(Figure.ESCALATED, w.from()));
            firstContactLinks.add(contextPath + links.ofWeek(Figure.FIRST_CONTACT, w.from()));
        }
        JsonObject options = Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("y", percentAxis("% of the week's resolutions"))).build();
        return Json.createObjectBuilder().add("type", "line").add("data", Json.createObjectBuilder().add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Escalation rate %").add("data", escalated)
                                .add("borderColor", "#c2410c").add("spanGaps", true).add("pointRadius", 5).add("links", escalatedLinks))
                        .add(Json.createObjectBuilder().add("label", "First-contact resolution %").add("data", firstContact)
                                .add("borderColor", "#1d4ed8").add("spanGaps", true).add("pointRadius", 5).add("links", firstContactLinks))
                        .add(Json.createObjectBuilder().add("type", "bar").add("label", "Policy or limit changed").add("data", changed)
                                .add("backgroundColor", "rgba(100,116,139,0.25)").add("barPercentage", 0.15))))
                .add("options", options).build().toString();
    }

    /** The tickets that reached each tier, as a share of all resolved. */
    static String funnel(Dashboard d, DrillLinks links, String contextPath) {
        List<TierFunnel.Step> steps = d.breakdowns().funnel().steps();
        return bars("% of resolved", steps.stream().map(s -> "Tier " + s.tier()).toList(),
                steps.stream().map(s -> s.ofAll().percent()).toList(),
                steps.stream().map(s -> contextPath + (s.tier() == 1 ? links.of(Figure.RESOLVED, null)
                        : links.of(Figure.REACHED_TIER, Integer.toString(s.tier())))).toList(), "#0f766e", true);
    }

    /** Per kind of clock, the share of the ended clocks that met their target; a bar opens the tickets that missed it. */
    static String serviceLevels(Dashboard d, DrillLinks links, String contextPath) {
        List<SlaKind> kinds = List.of(SlaKind.values());
        Function<SlaKind, Share> met = k -> d.breakdowns().serviceLevels().getOrDefault(k, new Share(0, 0));
        return bars("% met", kinds.stream().map(SlaKind::label).toList(),
                kinds.stream().map(k -> met.apply(k).percent()).toList(),
                kinds.stream().map(k -> contextPath + links.of(Figure.SLA_MISSED, k.name())).toList(), "#4d7c0f", true);
    }

    /** Tickets escalated to another team, by the reason of their first escalation or by the team that escalated them. */
    static String escalated(List<Dashboard.Bar> bars, Function<Dashboard.Bar, String> link, String contextPath) {
        return bars("Tickets escalated", bars.stream().map(Dashboard.Bar::label).toList(),
                bars.stream().map(b -> BigDecimal.valueOf(b.count())).toList(),
                bars.stream().map(b -> b.value() == null ? null : contextPath + link.apply(b)).toList(), "#c2410c", false);
    }

    private static String bars(String title, List<String> labels, List<BigDecimal> values, List<String> links, String color,
            boolean percent) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> number(data, v));
        JsonArrayBuilder linked = Json.createArrayBuilder();
        links.forEach(l -> {
            if (l == null) {
                linked.addNull();
            } else {
                linked.add(l);
            }
        });
        JsonObjectBuilder y = percent ? percentAxis(title)
                : Json.createObjectBuilder().add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
        return Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", title).add("data", data)
                        .add("backgroundColor", color).add("links", linked))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", y))).build().toString();
    }

    private static JsonObjectBuilder percentAxis(String title) {
        return Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static void number(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
