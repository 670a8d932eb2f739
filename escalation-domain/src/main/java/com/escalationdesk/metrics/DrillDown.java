package com.escalationdesk.metrics;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The tickets behind one figure of the dashboard: the figure (with its bar's value, where a chart
 * splits it), and the dashboard as it was drawn (its period, or one week of the trend; team; cut). It
 * travels as the finder's query parameters, so that a drill-down is a link that can be kept.
 *
 * @param argument the bar's value: the team for {@link Figure#ESCALATED_BY}, the tier for
 *        {@link Figure#REACHED_TIER}, the kind of clock for {@link Figure#SLA_MISSED}; else null
 * @param since with {@code until}, the span the figure counted (a trend week, a calendar day, week or month);
 *        both null for the last {@code days} days up to now
 */
public record DrillDown(Figure figure, String argument, int days, Instant since, Instant until, String team, DashboardCut cut)
        implements Serializable {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The figures a drill-down can open, each a rule on a resolved ticket's fact. */
    public enum Figure {
        RESOLVED("resolved"),
        ESCALATED("escalated"),
        FUNCTIONAL("escalated functionally"),
        HIERARCHICAL("escalated hierarchically"),
        FIRST_CONTACT("resolved at first contact"),
        ONE_TOUCH("resolved in one touch"),
        BOUNCED("with an escalation returned"),
        EXACERBATED("made worse before they were solved"),
        LINKED("resolved with a knowledge article"),
        BREACHED("with a service level breached"),
        ESCALATED_BY("escalated by %s"),
        REACHED_TIER("that reached Tier %s"),
        SLA_MISSED("with a %s target missed");

        private final String words;

        Figure(String words) {
            this.words = words;
        }

        boolean takesArgument() {
            return words.contains("%s");
        }
    }

    public DrillDown {
        if (figure == null) {
            throw new IllegalArgumentException("Say which figure to open.");
        }
        argument = argument == null || argument.isBlank() ? null : argument.strip();
        if (figure.takesArgument() != (argument != null)) {
            throw new IllegalArgumentException(figure.takesArgument() ? "Say which bar of the chart to open."
                    : "The figure '" + figure.name() + "' has no bars to choose from.");
        }
        if (figure == Figure.REACHED_TIER && !argument.matches("[1-9]")) {
            throw new IllegalArgumentException("A tier is a number from 1 to 9, not '" + argument + "'.");
        }
        if (figure == Figure.SLA_MISSED && !isKind(argument)) {
            throw new IllegalArgumentException("There is no kind of clock '" + abbreviate(argument) + "'.");
        }
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("A period is 1 to 366 days.");
        }
        if ((since == null) != (until == null) || since != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("A span has a start before its end.");
        }
        team = team == null || team.isBlank() ? null : team.strip();
        cut = cut == null ? DashboardCut.NONE : cut;
    }

    /** Where the tickets were resolved: from (inclusive) to (exclusive), for a dashboard drawn at {@code now}. */
    public Instant from(Instant now) {
        return since != null ? since : now.minus(Duration.ofDays(days));
    }

    public Instant to(Instant now) {
        // up to and including this moment, as the dashboard counts
        return until != null ? until : now.plusNanos(1_000);
    }

    /** Whether a resolved ticket's fact is behind the figure; the clocks of {@link Figure#SLA_MISSED} are checked apart. */
    public boolean takes(TicketFact f, Map<String, Integer> tierOfTeam) {
        ResolvedTicket r = f.resolution();
        if (r == null || !cut.takes(f)) {
            return false;
        }
        return switch (figure) {
            case RESOLVED, SLA_MISSED -> true;
            case ESCALATED -> r.escalated();
            case FUNCTIONAL -> r.functionalEscalations() > 0;
            case HIERARCHICAL -> r.hierarchicalEscalations() > 0;
            case FIRST_CONTACT -> r.firstContactResolution();
            case ONE_TOUCH -> r.oneTouch();
            case BOUNCED -> f.getBounces() > 0;
            case EXACERBATED -> f.getExacerbations() > 0;
            case LINKED -> f.getArticlesLinked() > 0;
            case BREACHED -> f.getSlaBreaches() > 0;
            case ESCALATED_BY -> r.functionalEscalations() > 0 && argument.equals(f.getFirstTeam());
            case REACHED_TIER -> TierFunnel.reached(f, tierOfTeam, Integer.parseInt(argument));
        };
    }

    /** The kind of clock a {@link Figure#SLA_MISSED} drill-down asks about, else null. */
    public SlaKind missedKind() {
        return figure == Figure.SLA_MISSED ? SlaKind.valueOf(argument.toUpperCase(Locale.ROOT)) : null;
    }

    /** In words, for the finder's banner: "Tickets escalated · resolved in the last 30 days · Frontline support · Billing". */
    public String describe() {
        String what = figure.takesArgument()
                ? String.format(figure.words, figure == Figure.SLA_MISSED ? missedKind().label().toLowerCase(Locale.ROOT) : argument)
                : figure.words;
        StringBuilder s = new StringBuilder("Tickets ").append(what).append(" · resolved ")
                .append(since != null ? "from " + MOMENT.format(since) + " to " + MOMENT.format(until) : "in the last " + days + " days")
                .append(" · ").append(team == null ? "every team in view" : "through " + team);
        if (!cut.isEmpty()) {
            s.append(" · ").append(cut.describe());
        }
        return s.toString();
    }

    /** The finder's query parameters that carry it, in a stable order. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("drill", figure.name());
        if (argument != null) {
            p.put("bar", argument);
        }
        p.put("days", Integer.toString(days));
        if (since != null) {
            p.put("since", since.toString());
            p.put("until", until.toString());
        }
        if (team != null) {
            p.put("of", team);
        }
        if (cut.category() != null) {
            p.put("inCategory", cut.category().name());
        }
        if (cut.priority() != null) {
            p.put("atPriority", cut.priority().name());
        }
        if (cut.tier() != null) {
            p.put("resolvedAtTier", cut.tier().toString());
        }
        if (cut.agent() != null) {
            p.put("resolvedBy", cut.agent());
        }
        if (cut.reason() != null) {
            p.put("firstReason", cut.reason().name());
        }
        if (cut.segment() != null) {
            p.put("ofSegment", cut.segment().name());
        }
        return p;
    }

    /**
     * Reads a drill-down from the query parameters ({@code parameter} gives null for one not sent);
     * null when there is no {@code drill}. Refuses values that make no sense with a message that names them.
     */
    public static DrillDown of(Function<String, String> parameter) {
        String figure = parameter.apply("drill");
        if (figure == null || figure.isBlank()) {
            return null;
        }
        String days = parameter.apply("days");
        int period;
        try {
            period = days == null || days.isBlank() ? 30 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviate(days) + "' is not a number of days.");
        }
        Instant since = moment(parameter.apply("since"));
        Instant until = moment(parameter.apply("until"));
        String tier = parameter.apply("resolvedAtTier");
        Integer resolvedAt;
        try {
            resolvedAt = tier == null || tier.isBlank() ? null : Integer.valueOf(tier.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviate(tier) + "' is not a tier.");
        }
        DashboardCut cut = new DashboardCut(value(Category.class, parameter.apply("inCategory"), "category"),
                value(Priority.class, parameter.apply("atPriority"), "priority"), resolvedAt, parameter.apply("resolvedBy"),
                value(EscalationReason.class, parameter.apply("firstReason"), "reason"),
                value(CustomerSegment.class, parameter.apply("ofSegment"), "segment"));
        return new DrillDown(value(Figure.class, figure, "figure"), parameter.apply("bar"), period, since, until, parameter.apply("of"), cut);
    }

    private static Instant moment(String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A span's start and end are moments such as 2026-11-23T10:00:00Z.");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no " + what + " '" + abbreviate(value) + "'.");
        }
    }

    private static boolean isKind(String value) {
        return java.util.Arrays.stream(SlaKind.values()).anyMatch(k -> k.name().equalsIgnoreCase(value));
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
