package dev.protovet.registry.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.protovet.registry.core.DataContracts;
import dev.protovet.registry.core.DecimalNumbers;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.SchemaRequest;
import dev.protovet.registry.core.Subjects;
import dev.protovet.registry.core.VersionId;
import dev.protovet.registry.model.Reference;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads what Confluent's clients send: path segments, query flags and RegisterSchemaRequest bodies. */
public final class Requests {
    private Requests() {
    }

    /** The matched route's path, such as {@code /schemas/ids/{id}}; empty when no route matched. */
    static String route(Context ctx) {
        // before the handler runs (the access check) the matched endpoint is known, the last one run is not yet
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null) {
            endpoint = ctx.endpoints().lastHttpEndpoint();
        }
        return endpoint == null ? "" : endpoint.path;
    }

    /** The path's subject; {@code :.:orders-value} (the default context spelled out) is {@code orders-value}. */
    static String subject(Context ctx) {
        return Subjects.normalized(ctx.pathParam("subject"));
    }

    static VersionId version(Context ctx) {
        return VersionId.parse(ctx.pathParam("version"));
    }

    static int schemaId(Context ctx) {
        return DecimalNumbers.parse(ctx.pathParam("id"))
                .orElseThrow(() -> RegistryException.schemaNotFound("Schema " + ctx.pathParam("id") + " not found"));
    }

    static boolean flag(Context ctx, String name) {
        return Boolean.parseBoolean(ctx.queryParam(name));
    }

    /** An integer query parameter, or {@code fallback} when it is missing; anything else is a 400. */
    public static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return DecimalNumbers.parse(value.trim()).orElseThrow(() -> RegistryException.badRequest("query parameter "
                + name + " must be an integer, got '" + value + "'"));
    }

    /** The page of {@code all} that {@code offset} and {@code limit} ask for (a missing or negative limit: all). */
    static <T> List<T> page(Context ctx, List<T> all) {
        int offset = number(ctx, "offset", 0);
        int limit = number(ctx, "limit", -1);
        int from = Math.min(Math.max(0, offset), all.size());
        int to = limit < 0 ? all.size() : (int) Math.min((long) from + limit, all.size());
        return all.subList(from, to);
    }

    /** A GUID as Confluent writes one, in either case. */
    static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The {@code subjectPrefix} of a listing; none, or Confluent's {@code :*:}, is every subject of every context. */
    static String subjectPrefix(Context ctx) {
        String prefix = ctx.queryParam("subjectPrefix");
        return prefix == null || prefix.equals(":*:") ? "" : prefix;
    }

    /** A schema's GUID as a request carries it (newer clients send one; only an import keeps it). */
    private static String guid(String guid) {
        if (guid == null || guid.isBlank()) {
            return null;
        }
        if (!GUID.matcher(guid).matches()) {
            throw RegistryException.badRequest("field 'guid' must be a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, "
                    + "got '" + guid + "'");
        }
        return guid.toLowerCase(java.util.Locale.ROOT);
    }

    /** A RegisterSchemaRequest, with its metadata, rule set and GUID; unknown fields are ignored. */
    static SchemaRequest schema(Context ctx) {
        JsonObject body = Json.object(ctx.body());
        List<Reference> references = new ArrayList<>();
        JsonElement refs = body.get("references");
        if (refs != null && !refs.isJsonNull()) {
            if (!refs.isJsonArray()) {
                throw RegistryException.badRequest("field 'references' must be an array");
            }
            for (JsonElement e : (JsonArray) refs) {
                if (!e.isJsonObject()) {
                    throw RegistryException.badRequest("each reference must be an object with name, subject and version");
                }
                JsonObject r = e.getAsJsonObject();
                Integer version = Json.integer(r, "version");
                references.add(new Reference(Json.string(r, "name"), Json.string(r, "subject"),
                        version == null ? -1 : version));
            }
        }
        // Confluent's entity reads "ruleset" on input though it writes "ruleSet"
        JsonElement ruleSet = body.has("ruleSet") ? body.get("ruleSet") : body.get("ruleset");
        return new SchemaRequest(Json.string(body, "schema"), Json.string(body, "schemaType"), references,
                DataContracts.of(body.get("metadata"), ruleSet), Json.integer(body, "version"), Json.integer(body, "id"),
                guid(Json.string(body, "guid")), Json.wholeNumber(body, "ts"));
    }
}
