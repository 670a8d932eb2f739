package com.escalationdesk.integration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Reference;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Hands the API's OpenAPI document ({@code META-INF/escalation-desk-openapi.json}, the contract) to
 * MicroProfile OpenAPI as its model, which Payara then publishes at {@code /openapi} with the server's
 * addresses. The document is read into the MicroProfile model through its own setters: each JSON
 * member sets the property of that name, and the maps the model keeps by key (paths, responses,
 * media types, callbacks, security requirements) are filled through their adders.
 */
public class ApiDocumentReader implements OASModelReader {

    static final String DOCUMENT = "META-INF/escalation-desk-openapi.json";

    /** JSON names that are Java keywords or differ from the model's property names. */
    private static final Map<String, String> RENAMED = Map.of("$ref", "ref", "enum", "enumeration", "default", "defaultValue");

    @Override
    public OpenAPI buildModel() {
        try (InputStream in = ApiDocumentReader.class.getClassLoader().getResourceAsStream(DOCUMENT);
                JsonReader reader = Json.createReader(in)) {
            return (OpenAPI) model(reader.readObject(), OpenAPI.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The API's OpenAPI document " + DOCUMENT + " could not be read", e);
        }
    }

    private static Object convert(JsonValue value, Type type) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(item -> list.add(convert(item, arguments[0])));
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, item) -> map.put(key, convert(item, arguments[1])));
                return map;
            }
            return plain(value);
        }
        Class<?> target = (Class<?>) type;
        if (Constructible.class.isAssignableFrom(target)) {
            return model(value.asJsonObject(), target.asSubclass(Constructible.class));
        }
        if (target.isEnum()) {
            String text = ((JsonString) value).getString();
            for (Object constant : target.getEnumConstants()) {
                if (constant.toString().equalsIgnoreCase(text) || ((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("No " + target.getSimpleName() + " is " + text);
        }
        if (target == Integer.class || target == int.class) {
            return ((JsonNumber) value).intValue();
        }
        if (target == Long.class || target == long.class) {
            return ((JsonNumber) value).longValue();
        }
        if (target == Double.class || target == double.class) {
            return ((JsonNumber) value).doubleValue();
        }
        if (target == java.math.BigDecimal.class) {
            return ((JsonNumber) value).bigDecimalValue();
        }
        return plain(value);
    }

    /** A model object of the type, each member of the JSON object set on it. */
    private static Object model(JsonObject json, Class<? extends Constructible> type) {
        Constructible model = OASFactory.createObject(type);
        json.forEach((name, value) -> {
            if (name.startsWith("x-") && model instanceof Extensible<?> extensible) {
                extensible.addExtension(name, plain(value));
            } else if (model instanceof Paths paths) {
                paths.addPathItem(name, (PathItem) convert(value, PathItem.class));
            } else if (model instanceof Callback callback) {
                callback.addPathItem(name, (PathItem) convert(value, PathItem.class));
            } else if (model instanceof APIResponses responses) {
                responses.addAPIResponse(name, (APIResponse) convert(value, APIResponse.class));
            } else if (model instanceof Content content) {
                content.addMediaType(name, (MediaType) convert(value, MediaType.class));
            } else if (model instanceof SecurityRequirement requirement) {
                List<String> scopes = new ArrayList<>();
                value.asJsonArray().forEach(scope -> scopes.add(((JsonString) scope).getString()));
                requirement.addScheme(name, scopes);
            } else if (model instanceof Schema schema && name.equals("additionalProperties")) {
                if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                    schema.setAdditionalPropertiesBoolean(value.getValueType() == JsonValue.ValueType.TRUE);
                } else {
                    schema.setAdditionalPropertiesSchema((Schema) convert(value, Schema.class));
                }
            } else if (model instanceof Reference<?> reference && name.equals("$ref")) {
                reference.setRef(((JsonString) value).getString());
            } else {
                set(model, type, RENAMED.getOrDefault(name, name), value);
            }
        });
        return model;
    }

    /** Sets the property through the model interface's setter (any case: a path item's is {@code setGET}). */
    private static void set(Object model, Class<?> type, String property, JsonValue value) {
        String setter = "set" + property;
        for (Method method : type.getMethods()) {
            if (method.getName().equalsIgnoreCase(setter) && method.getParameterCount() == 1) {
                try {
                    method.invoke(model, convert(value, method.getGenericParameterTypes()[0]));
                    return;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Could not set " + property + " on " + model.getClass().getSimpleName(), e);
                }
            }
        }
        throw new IllegalArgumentException("The OpenAPI model has no " + property + " on " + model.getClass().getSimpleName());
    }

    /** The value as plain Java: text, number, true or false, a list or a map of them. */
    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                JsonNumber number = (JsonNumber) value;
                return number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case ARRAY:
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(item -> list.add(plain(item)));
                return list;
            case OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((key, item) -> map.put(key, plain(item)));
                return map;
            default:
                return null;
        }
    }
}
