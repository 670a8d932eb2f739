package com.escalationdesk.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

/**
 * Reads what a client sent, strictly: a body must be one JSON object whose members are the ones
 * the call knows, each of its type ({@code {"reason": 5}} is not text); an id is a positive whole
 * number. Anything else is an {@link InvalidInput} naming the field, never a 500.
 */
public final class ApiInput {

    /**
     * Made once, when first needed: {@code Json.createReader} looks the JSON provider up through the
     * ServiceLoader on every call, which was 7% of the server's CPU under API load.
     */
    private static final class Readers {
        static final jakarta.json.JsonReaderFactory JSON = Json.createReaderFactory(java.util.Map.of());
    }

    private final JsonObject body;

    private ApiInput(JsonObject body) {
        this.body = body;
    }

    /** The body as a JSON object with only the given members; an empty body counts as {@code {}}. */
    public static ApiInput body(String text, String... members) {
        if (text == null || text.isBlank()) {
            return new ApiInput(JsonValue.EMPTY_JSON_OBJECT);
        }
        JsonValue value;
        try (JsonReader reader = Readers.JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw InvalidInput.of("body", "The body is not valid JSON (at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException | IllegalStateException e) {
            throw InvalidInput.of("body", "The body is not valid JSON.");
        }
        if (!(value instanceof JsonObject object)) {
            throw InvalidInput.of("body", "The body must be a JSON object, e.g. {}.");
        }
        Set<String> known = Set.of(members);
        List<FieldError> unknown = object.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .map(k -> new FieldError(k, "Unknown field; this call takes " + (known.isEmpty() ? "none"
                        : String.join(", ", known.stream().sorted().toList())) + ".")).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("The body has fields this call does not take.", unknown);
        }
        return new ApiInput(object);
    }

    /** A text member, or null when it is absent or null. */
    public String text(String member) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw InvalidInput.of(member, "'" + member + "' must be text, not " + value.getValueType().name().toLowerCase() + ".");
    }

    /**
     * An object member with only the given members of its own, or null when it is absent or null;
     * its fields' errors are named {@code member.field}.
     */
    public ApiInput object(String member, String... members) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw InvalidInput.of(member, "'" + member + "' must be an object, not " + value.getValueType().name().toLowerCase() + ".");
        }
        try {
            return body(object.toString(), members);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.getMessage(), e.errors().stream().map(f -> new FieldError(member + "." + f.field(), f.message())).toList());
        }
    }

    /** A member naming one of an enum's constants (as written, or in capitals), or null when absent. */
    public <E extends Enum<E>> E choice(String member, Class<E> type) {
        String text = text(member);
        return text == null ? null : constant(member, text, type);
    }

    /** A boolean member, or {@code otherwise} when it is absent or null. */
    public boolean flag(String member, boolean otherwise) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        throw InvalidInput.of(member, "'" + member + "' must be true or false, not " + value.getValueType().name().toLowerCase() + ".");
    }

    /** A decimal member (a JSON number, or text holding one), or null when absent. */
    public java.math.BigDecimal decimal(String member) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString string) {
            try {
                return new java.math.BigDecimal(string.getString().strip());
            } catch (NumberFormatException e) {
                // said below
            }
        }
        throw InvalidInput.of(member, "'" + member + "' must be a number such as 120.50.");
    }

    /** An array of texts, or null when it is absent or null. */
    public List<String> texts(String member) {
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof jakarta.json.JsonArray array)) {
            throw InvalidInput.of(member, "'" + member + "' must be an array of texts, not " + value.getValueType().name().toLowerCase() + ".");
        }
        List<String> texts = new java.util.ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string)) {
                throw InvalidInput.of(member, "'" + member + "' must hold only texts.");
            }
            texts.add(string.getString());
        }
        return texts;
    }

    /** Whether the body has the member at all (null included). */
    public boolean has(String member) {
        return body.containsKey(member);
    }

    /** One of an enum's constants named by the text (as written, or in capitals), for a field of that name. */
    public static <E extends Enum<E>> E constant(String field, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.strip())) {
                return constant;
            }
        }
        throw InvalidInput.of(field, "'" + field + "' is one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ", not '" + abbreviate(text) + "'.");
    }

    /** A path parameter that is a database id. */
    public static long id(String name, String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw InvalidInput.of(name, "'" + name + "' must be a positive whole number, not '" + abbreviate(raw) + "'.");
    }

    /** A client's text as it goes into an error message: at most 40 characters. */
    public static String abbreviate(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
