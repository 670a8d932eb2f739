package com.escalationdesk.customer;

import com.escalationdesk.shared.RuleViolation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email text with placeholders in double braces, e.g. {@code {{ticket}}}. Only the known
 * placeholders may be used, so that a typing mistake is refused when the template is saved
 * instead of reaching a customer as {@code {{tikcet}}}.
 */
public final class TemplateText {

    /** What a template may say, and what each stands for. */
    public static final Map<String, String> PLACEHOLDERS = orderedPlaceholders();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private TemplateText() {
    }

    private static Map<String, String> orderedPlaceholders() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("customer", "the customer's name");
        p.put("ticket", "the ticket number, e.g. ESC-10234");
        p.put("subject", "the ticket's subject");
        p.put("status", "the ticket's status in plain words");
        p.put("stage", "frontline, specialists or management review");
        p.put("firstResponseDue", "when we reply at the latest, in the customer's time zone");
        p.put("resolutionDue", "when we expect to resolve it, in the customer's time zone");
        p.put("message", "our latest public reply");
        p.put("resolution", "the resolution summary");
        p.put("statusLink", "the customer's own status page (signed link, no login)");
        p.put("surveyLink", "the satisfaction survey on that page");
        return java.util.Collections.unmodifiableMap(p);
    }

    /** Refuses placeholders that are not known; returns the text stripped. */
    public static String check(String text, String fieldLabel, int maxLength) {
        String value = RuleViolation.requireText(text, fieldLabel, maxLength);
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1))) {
                unknown.add("{{" + m.group(1) + "}}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation(fieldLabel + " uses " + String.join(", ", unknown) + ", which "
                    + (unknown.size() == 1 ? "is" : "are") + " not known; use " + String.join(", ",
                            PLACEHOLDERS.keySet().stream().map(k -> "{{" + k + "}}").toList()) + ".");
        }
        return value;
    }

    public static boolean uses(String text, String placeholder) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(placeholder)) {
                return true;
            }
        }
        return false;
    }

    /** Fills in the placeholders; one without a value becomes an empty string. */
    public static String render(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static List<String> names() {
        return List.copyOf(PLACEHOLDERS.keySet());
    }
}
