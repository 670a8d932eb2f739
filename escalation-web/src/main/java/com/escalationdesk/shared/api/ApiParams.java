package com.escalationdesk.shared.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a call's query parameters strictly, as {@link ApiInput} reads bodies: a value that is not
 * what the parameter takes is an {@link InvalidInput} naming the parameter, never ignored.
 */
public final class ApiParams {

    private ApiParams() {
    }

    /** An ISO-8601 time ({@code 2026-12-01T09:30:00Z}, any offset) or day ({@code 2026-12-01}, from midnight UTC); null when absent. */
    public static Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw InvalidInput.of(name, "'" + name + "' must be an ISO-8601 time such as 2026-12-01T09:30:00Z, or a day such as"
                    + " 2026-12-01, not '" + ApiInput.abbreviate(raw) + "'.");
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code otherwise} when absent. */
    public static int whole(String name, String raw, int min, int max, int otherwise) {
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw InvalidInput.of(name, "'" + name + "' must be a whole number from " + min + " to " + max + ", not '"
                + ApiInput.abbreviate(raw) + "'.");
    }

    /** One of an enum's constants; null when absent. */
    public static <E extends Enum<E>> E choice(String name, String raw, Class<E> type) {
        return raw == null || raw.isBlank() ? null : ApiInput.constant(name, raw, type);
    }

    /** Any of an enum's constants, the parameter repeated or its values separated by commas; empty when absent. */
    public static <E extends Enum<E>> Set<E> choices(String name, List<String> raws, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (raws != null) {
            for (String raw : raws) {
                for (String one : raw.split(",")) {
                    if (!one.isBlank()) {
                        chosen.add(ApiInput.constant(name, one, type));
                    }
                }
            }
        }
        return chosen;
    }
}
