package com.escalationdesk.knowledge;

import com.escalationdesk.ticket.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo desk's knowledge base, written as real support articles in {@code demo-articles.txt}: one
 * block per article, opened by {@code === key}, with one {@code field: value} line per field; the
 * cause and the resolution may go on over further lines. The same articles are the corpus the
 * ranking test measures.
 */
public final class DemoArticles {

    public static final String RESOURCE = "com/escalationdesk/knowledge/demo-articles.txt";
    private static final Set<String> FIELDS = Set.of("title", "category", "audience", "state", "tags", "problem",
            "environment", "cause", "resolution");
    private static final Set<String> CONTINUED = Set.of("cause", "resolution");

    /** One article of the file: its key (for the labelled tickets), its content and the state it is in. */
    public record DemoArticle(String key, ArticleContent content, ArticleState state) {
    }

    private DemoArticles() {
    }

    public static List<DemoArticle> load() {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DemoArticle> parse(List<String> lines) {
        List<DemoArticle> articles = new ArrayList<>();
        String key = null;
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (key != null) {
                    articles.add(article(key, fields));
                }
                key = line.substring(4).strip();
                fields = new LinkedHashMap<>();
                last = null;
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon) : "";
            if (FIELDS.contains(name)) {
                fields.put(name, line.substring(colon + 1).strip());
                last = name;
            } else if (last != null && CONTINUED.contains(last)) {
                fields.merge(last, line.strip(), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            } else {
                throw new IllegalArgumentException("Line " + lineNumber + " of " + RESOURCE + " belongs to no field: " + line);
            }
        }
        if (key != null) {
            articles.add(article(key, fields));
        }
        return articles;
    }

    private static DemoArticle article(String key, Map<String, String> f) {
        ArticleContent content = new ArticleContent(f.get("title"), f.get("problem"), f.get("environment"),
                f.get("cause"), f.get("resolution"), Category.valueOf(f.get("category")),
                ArticleContent.tags(f.get("tags")), Audience.valueOf(f.get("audience")));
        return new DemoArticle(key, content, ArticleState.valueOf(f.get("state")));
    }
}
