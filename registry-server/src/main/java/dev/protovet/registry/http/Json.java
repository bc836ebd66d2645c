package dev.protovet.registry.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.protovet.registry.core.RegistryException;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/** JSON in and out: gson, nulls omitted as Confluent omits empty fields; a malformed body is a 400 naming the problem. */
public final class Json implements JsonMapper {
    /** The media type Confluent's clients send and expect. */
    public static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    @Override
    public String toJsonString(Object obj, Type type) {
        return GSON.toJson(obj, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromJsonString(String json, Type targetType) {
        return (T) GSON.fromJson(json, targetType);
    }

    /** The request body as a JSON object; an empty body is an empty object. */
    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject();
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            if (!element.isJsonObject()) {
                throw RegistryException.badRequest("the request body must be a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw RegistryException.badRequest("the request body is not valid JSON: " + rootMessage(e));
        }
    }

    static String string(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw RegistryException.badRequest("field '" + field + "' must be a string");
        }
        return e.getAsString();
    }

    static Integer integer(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        try {
            return e.getAsInt();
        } catch (RuntimeException ex) {
            throw RegistryException.badRequest("field '" + field + "' must be an integer");
        }
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
