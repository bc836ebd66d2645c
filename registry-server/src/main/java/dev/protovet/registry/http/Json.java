package dev.protovet.registry.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.protovet.registry.core.RegistryException;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/** JSON in and out: gson, nulls omitted as Confluent omits empty fields; a malformed body is a 400 naming the problem. */
public final class Json implements JsonMapper {
    /** The media type Confluent's clients send and expect. */
    public static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final TypeAdapter<JsonElement> ELEMENTS = GSON.getAdapter(JsonElement.class);
    /** The deepest nesting of arrays and objects a request body may have. */
    static final int MAX_DEPTH = 64;

    @Override
    public String toJsonString(Object obj, Type type) {
        return GSON.toJson(obj, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromJsonString(String json, Type targetType) {
        return (T) GSON.fromJson(json, targetType);
    }

    /**
     * The request body as a JSON object; an empty body is an empty object. Parsed strictly, as RFC 8259 says (no
     * single quotes, unquoted names or values, comments, or anything after the object), so a damaged body is a 400
     * rather than a guess.
     */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject();
        }
        refuseDeepNesting(body);
        try {
            JsonReader reader = new JsonReader(new StringReader(body));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw RegistryException.badRequest("the request body is not valid JSON: more follows the JSON value at "
                        + reader.getPath());
            }
            if (element == null || !element.isJsonObject()) {
                throw RegistryException.badRequest("the request body must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw RegistryException.badRequest("the request body is not valid JSON: " + rootMessage(e));
        }
    }

    static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw RegistryException.badRequest("field '" + field + "' must be a string, got " + abbreviated(e));
        }
        return e.getAsString();
    }

    static Integer integer(JsonObject o, String field) {
        return whole(o, field, BigDecimal::intValueExact, 32);
    }

    /** A whole JSON number within 64 bits (a time in milliseconds), or null. */
    static Long wholeNumber(JsonObject o, String field) {
        return whole(o, field, BigDecimal::longValueExact, 64);
    }

    /** A JSON number that is whole and fits: not "1" as a string, not 1.5, not 1e12 for 32 bits. */
    private static <T> T whole(JsonObject o, String field, Function<BigDecimal, T> exact, int bits) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            try {
                return exact.apply(new BigDecimal(e.getAsString()));
            } catch (ArithmeticException | NumberFormatException ex) {
                // falls through to the error below
            }
        }
        throw RegistryException.badRequest("field '" + field + "' must be a whole number within " + bits + " bits, got "
                + abbreviated(e));
    }

    static Boolean bool(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw RegistryException.badRequest("field '" + field + "' must be true or false");
        }
        return e.getAsBoolean();
    }

    /** Refuses a body whose arrays and objects nest deeper than {@link #MAX_DEPTH} (no request needs that). */
    private static void refuseDeepNesting(String body) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw RegistryException.badRequest("the request body nests JSON arrays and objects deeper than "
                            + MAX_DEPTH + " levels");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    /** A JSON value as a message may quote it: at most 60 characters. */
    static String abbreviated(JsonElement e) {
        String text = e.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The parser's reason in one line, without its advice to Java programmers ("Use JsonReader...", links). */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "unexpected end" : t.getMessage();
        message = message.lines().findFirst().orElse("").trim();
        message = message.replaceAll("Use JsonReader\\.setStrictness\\([^)]*\\) to accept malformed JSON", "malformed JSON")
                .replaceAll("Use JsonReader\\.setLenient\\(true\\) to accept malformed JSON", "malformed JSON");
        return message.isEmpty() ? "malformed JSON" : message;
    }
}
