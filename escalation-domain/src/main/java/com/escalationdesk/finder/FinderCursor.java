package com.escalationdesk.finder;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a page of a search ended: its last ticket's sort values (score, time of change or creation,
 * then ticket id) and document. The next page starts right after it, however deep, without the index
 * collecting every earlier hit again as an offset makes it do.
 */
public record FinderCursor(List<Object> sortValues, int doc) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FinderCursor {
        sortValues = List.copyOf(sortValues);
    }

    /** The cursor as one opaque, URL-safe word another system hands back for the next page. */
    public String token() {
        StringBuilder text = new StringBuilder("1");
        for (Object value : sortValues) {
            text.append(value instanceof Float f ? ";f" + Float.floatToIntBits(f) : ";l" + value);
        }
        text.append(";d").append(doc);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a {@link #token()} was made of; an {@link IllegalArgumentException} for any other text. */
    public static FinderCursor ofToken(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
        String[] parts = text.split(";", -1);
        if (parts.length < 2 || !parts[0].equals("1") || !parts[parts.length - 1].startsWith("d")) {
            throw new IllegalArgumentException("not a cursor");
        }
        try {
            List<Object> values = new ArrayList<>();
            for (int i = 1; i < parts.length - 1; i++) {
                String part = parts[i];
                if (part.startsWith("f")) {
                    values.add(Float.intBitsToFloat(Integer.parseInt(part.substring(1))));
                } else if (part.startsWith("l")) {
                    values.add(Long.parseLong(part.substring(1)));
                } else {
                    throw new IllegalArgumentException("not a cursor");
                }
            }
            return new FinderCursor(values, Integer.parseInt(parts[parts.length - 1].substring(1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor", e);
        }
    }
}
