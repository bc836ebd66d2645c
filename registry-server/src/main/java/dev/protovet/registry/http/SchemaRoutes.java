package dev.protovet.registry.http;

import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.SchemaReads;
import dev.protovet.registry.core.SchemaRequest;
import dev.protovet.registry.core.Subjects;
import dev.protovet.registry.model.SchemaKey;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /schemas: schemas by id (in the default context, or in the context of the {@code subject} parameter) and by GUID,
 * the ids' subjects and versions, and the list of all schemas.
 */
final class SchemaRoutes {
    private final SchemaReads schemas;
    private final SchemaFormats formats;

    SchemaRoutes(SchemaReads schemas, SchemaFormats formats) {
        this.schemas = schemas;
        this.formats = formats;
    }

    void byId(Context ctx) {
        SchemaKey key = key(ctx);
        Map<String, Object> out = answer(schemas.schema(key), ctx.queryParam("format"));
        if (Requests.flag(ctx, "fetchMaxId")) {
            out.put("maxId", schemas.maxId(key.context()));
        }
        ctx.json(out);
    }

    /** The body of {@code GET /schemas/ids/{id}} in the default context; the format is {@code format=} or null. */
    Map<String, Object> byId(int id, String format) {
        return answer(schemas.schema(SchemaKey.inDefaultContext(id)), format);
    }

    private Map<String, Object> answer(StoredSchema s, String format) {
        return Responses.schemaString(s, formats.render(s.id(), s.text(), format));
    }

    void rawById(Context ctx) {
        StoredSchema s = schemas.schema(key(ctx));
        ctx.contentType("text/plain; charset=utf-8").result(formats.render(s.id(), s.text(), ctx.queryParam("format")));
    }

    void byGuid(Context ctx) {
        ctx.json(answer(schemas.byGuid(guid(ctx)), ctx.queryParam("format")));
    }

    void idsOfGuid(Context ctx) {
        String guid = guid(ctx);
        List<SchemaKey> keys = schemas.keysOf(guid);
        if (keys.isEmpty()) {
            throw RegistryException.schemaNotFound("Schema with GUID " + guid + " not found");
        }
        ctx.json(keys.stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("context", k.context());
            m.put("id", k.id());
            return m;
        }).toList());
    }

    void subjectsOfId(Context ctx) {
        ctx.json(Requests.page(ctx, schemas.subjectsOf(key(ctx), Requests.flag(ctx, "deleted"))));
    }

    void versionsOfId(Context ctx) {
        List<SubjectVersion> versions = Requests.page(ctx, schemas.versionsOf(key(ctx), Requests.flag(ctx, "deleted")));
        ctx.json(versions.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", v.subject());
            m.put("version", v.version());
            return m;
        }).toList());
    }

    void descriptorSetById(Context ctx) {
        StoredSchema s = schemas.schema(key(ctx));
        int id = s.contextId();
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"schema-" + id + ".binpb\"")
                .result(formats.descriptorSet(s.id(), "schema-" + id + ".proto"));
    }

    void list(Context ctx) {
        List<RegisteredSchema> page = schemas.list(Requests.subjectPrefix(ctx), Requests.flag(ctx, "deleted"), Requests.flag(ctx, "latestOnly"), Requests.number(ctx, "offset", 0),
                Requests.number(ctx, "limit", 1000));
        ctx.json(page.stream().map(s -> Responses.schema(s, s.schema())).toList());
    }

    void types(Context ctx) {
        ctx.json(List.of(SchemaRequest.PROTOBUF));
    }

    void contexts(Context ctx) {
        ctx.json(Requests.page(ctx, schemas.contexts()));
    }

    /** The id of the path in the context of the {@code subject} parameter (the default context without one). */
    private static SchemaKey key(Context ctx) {
        String subject = ctx.queryParam("subject");
        return new SchemaKey(subject == null || subject.isBlank() ? SchemaKey.DEFAULT_CONTEXT : Subjects.context(subject),
                Requests.schemaId(ctx));
    }

    private static String guid(Context ctx) {
        String guid = ctx.pathParam("guid");
        if (!Requests.GUID.matcher(guid).matches()) {
            throw RegistryException.schemaNotFound("Schema with GUID " + guid + " not found (a GUID looks like "
                    + "3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
        }
        return guid.toLowerCase(java.util.Locale.ROOT);
    }
}
