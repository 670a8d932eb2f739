package com.escalationdesk.audit;

import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.escalation.EscalationKind;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationState;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a step of the audit trail changed, in words: the fields whose value differs between the
 * state before and the state after, each with its name and both values as the screens write them
 * ("Priority: P3 · Normal → P1 · Urgent", "Assignee: nobody → Alice Martin"). The raw states stay
 * on the trail; this is only their reading.
 */
public final class StateChanges {

    /** One field that changed; {@code before} is null when the step set it for the first time. */
    public record Change(String field, String before, String after) implements java.io.Serializable {

        /** "Priority: P3 · Normal → P1 · Urgent", or "Priority: P3 · Normal" for a first value. */
        public String describe() {
            return field + ": " + (before == null ? after : before + " → " + after);
        }
    }

    /** The fields of a ticket's state in the order a reader looks for them; any others follow by name. */
    private static final List<String> ORDER = List.of("status", "priority", "assignee", "team", "tier", "category",
            "segment", "reopenCount", "bounced", "mergedInto");

    private static final Map<String, String> NAMES = Map.of("status", "Status", "priority", "Priority",
            "assignee", "Assignee", "team", "Team", "tier", "Tier", "category", "Category", "segment", "Customer segment",
            "reopenCount", "Times reopened", "bounced", "Bounced", "mergedInto", "Merged into");

    private static final Set<String> PEOPLE = Set.of("assignee", "requestedBy", "decidedBy", "approver", "owner",
            "resolvedBy", "author", "reviewer");

    private StateChanges() {
    }

    /**
     * The changes from one state to the next, both as the audit trail keeps them (flat JSON objects,
     * either may be null). {@code personName} gives a login's display name (or the login back).
     * A state that cannot be read gives no changes: the raw entry still shows it.
     */
    public static List<Change> between(String beforeJson, String afterJson, UnaryOperator<String> personName) {
        Map<String, String> before;
        Map<String, String> after;
        try {
            before = CanonicalJson.read(beforeJson);
            after = CanonicalJson.read(afterJson);
        } catch (RuntimeException e) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>();
        ORDER.stream().filter(f -> before.containsKey(f) || after.containsKey(f)).forEach(fields::add);
        before.keySet().stream().sorted().forEach(fields::add);
        after.keySet().stream().sorted().forEach(fields::add);
        List<Change> changes = new ArrayList<>();
        boolean firstState = beforeJson == null;
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (firstState ? is == null : Objects.equals(was, is)) {
                continue;
            }
            changes.add(new Change(name(field), firstState ? null : words(field, was, personName), words(field, is, personName)));
        }
        return changes;
    }

    /**
     * A field's name for people: the known ones by their screen names, others from their camel case and
     * their subject's prefix ("escalation.toTeam" is "Escalation to team").
     */
    static String name(String field) {
        String known = NAMES.get(field);
        if (known != null) {
            return known;
        }
        return capitalized(field.replace('.', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A value as the screens write it. */
    static String words(String field, String value, Function<String, String> personName) {
        String plain = field.substring(field.lastIndexOf('.') + 1);
        if (value == null) {
            return "assignee".equals(plain) ? "nobody" : "—";
        }
        if (PEOPLE.contains(plain)) {
            return personName.apply(value);
        }
        return switch (field) {
            case "status" -> label(value, TicketStatus.class, TicketStatus::label);
            case "priority", "setPriority" -> label(value, Priority.class, Priority::label);
            case "category" -> label(value, Category.class, Category::label);
            case "segment" -> label(value, CustomerSegment.class, CustomerSegment::label);
            case "tier" -> value.matches("\\d+") ? "Tier " + value : value;
            case "escalation.state" -> label(value, EscalationState.class, EscalationState::label);
            case "escalation.reason" -> label(value, EscalationReason.class, EscalationReason::label);
            case "escalation.kind" -> label(value, EscalationKind.class, EscalationKind::label);
            case "decision.state" -> label(value, DecisionState.class, DecisionState::label);
            case "decision.nextLevel", "approvalLevel" -> label(value, AuthorityLevel.class, AuthorityLevel::label);
            default -> switch (value) {
                case "true" -> "yes";
                case "false" -> "no";
                default -> code(value);
            };
        };
    }

    /** An enum's label, or the value as a code in words if it is none of the enum's names. */
    private static <E extends Enum<E>> String label(String value, Class<E> type, Function<E, String> label) {
        try {
            return label.apply(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return code(value);
        }
    }

    /** A code such as GOODWILL_CREDIT in words ("Goodwill credit"); any other text as it is. */
    private static String code(String value) {
        return value.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") && value.length() > 1
                ? capitalized(value.replace('_', ' ').toLowerCase(Locale.ROOT)) : value;
    }
}
