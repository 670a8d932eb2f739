package com.escalationdesk.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a flat map as JSON with sorted keys and no whitespace, so that the same state always gives
 * the same text and therefore the same audit hash.
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
}
