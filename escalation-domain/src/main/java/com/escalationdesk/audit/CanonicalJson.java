package com.escalationdesk.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a flat map as JSON with sorted keys and no whitespace, so that the same state always gives
 * the same text and therefore the same audit hash; and reads such a text back, for whatever replays
 * the audit trail (the metric facts).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : new TreeMap<>(values).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            appendString(json, e.getKey());
            json.append(':');
            Object v = e.getValue();
            if (v == null) {
                json.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                json.append(v);
            } else {
                appendString(json, v.toString());
            }
        }
        return json.append('}').toString();
    }

    private static void appendString(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /**
     * The values of a flat object as written by {@link #of}: strings unescaped, numbers and booleans
     * as their text, JSON null as null; an empty map for a null text.
     */
    public static Map<String, String> read(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        int[] at = {skipSpace(json, 0)};
        expect(json, at, '{');
        if (json.charAt(skipSpace(json, at[0])) == '}') {
            return values;
        }
        while (true) {
            at[0] = skipSpace(json, at[0]);
            String key = readString(json, at);
            at[0] = skipSpace(json, at[0]);
            expect(json, at, ':');
            at[0] = skipSpace(json, at[0]);
            values.put(key, json.charAt(at[0]) == '"' ? readString(json, at) : readScalar(json, at));
            at[0] = skipSpace(json, at[0]);
            if (json.charAt(at[0]) == '}') {
                return values;
            }
            expect(json, at, ',');
        }
    }

    private static String readString(String json, int[] at) {
        expect(json, at, '"');
        StringBuilder s = new StringBuilder();
        for (int i = at[0]; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                at[0] = i + 1;
                return s.toString();
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'u' -> {
                    s.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> s.append(escaped);
            }
        }
        throw new IllegalArgumentException("An audit state ends inside a string: " + json);
    }

    private static String readScalar(String json, int[] at) {
        int end = at[0];
        while (end < json.length() && ",} \t\n\r".indexOf(json.charAt(end)) < 0) {
            end++;
        }
        String text = json.substring(at[0], end);
        at[0] = end;
        return "null".equals(text) ? null : text;
    }

    private static void expect(String json, int[] at, char c) {
        if (at[0] >= json.length() || json.charAt(at[0]) != c) {
            throw new IllegalArgumentException("Not a flat JSON object at " + at[0] + ": " + json);
        }
        at[0]++;
    }

    private static int skipSpace(String json, int at) {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
        return at;
    }
}
