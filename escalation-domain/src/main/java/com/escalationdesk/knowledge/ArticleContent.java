package com.escalationdesk.knowledge;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Category;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an article says, as KCS structures it: the problem in the customer's words, the environment
 * it happens in, the cause and the resolution. Validated on the way in, so that an article never
 * holds a half-written field; tags are lower case, without repeats.
 */
public record ArticleContent(String title, String problem, String environment, String cause, String resolution,
        Category category, List<String> tags, Audience audience) implements java.io.Serializable {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_TAGS = 12;
    public static final int MAX_TAG = 40;

    public ArticleContent {
        title = RuleViolation.requireText(title, "Title", MAX_TITLE);
        problem = RuleViolation.requireText(problem, "Problem", MAX_TEXT);
        environment = optional(environment, "Environment");
        cause = optional(cause, "Cause");
        resolution = optional(resolution, "Resolution");
        category = RuleViolation.require(category, "Category");
        audience = RuleViolation.require(audience, "Audience");
        tags = normalized(tags);
    }

    /** Tags as typed: separated by commas, in any case. */
    public static List<String> tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.of(typed.split(","));
    }

    public boolean hasResolution() {
        return resolution != null;
    }

    public String tagText() {
        return String.join(", ", tags);
    }

    /** The fields that differ from an earlier version, named as the screen names them. */
    public List<String> changedFrom(ArticleContent earlier) {
        List<String> changed = new ArrayList<>();
        Map<String, Object> before = earlier.fields();
        fields().forEach((name, value) -> {
            if (!Objects.equals(before.get(name), value)) {
                changed.add(name);
            }
        });
        return changed;
    }

    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("problem", problem);
        f.put("environment", environment);
        f.put("cause", cause);
        f.put("resolution", resolution);
        f.put("category", category.name());
        f.put("tags", tagText());
        f.put("audience", audience.name());
        return f;
    }

    private static String optional(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RuleViolation.requireText(value, label, MAX_TEXT);
    }

    private static List<String> normalized(List<String> typed) {
        if (typed == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : typed) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (t.length() > MAX_TAG) {
                throw new RuleViolation("A tag must be at most " + MAX_TAG + " characters: " + t);
            }
            tags.add(t);
        }
        if (tags.size() > MAX_TAGS) {
            throw new RuleViolation("An article takes at most " + MAX_TAGS + " tags.");
        }
        return List.copyOf(tags);
    }
}
