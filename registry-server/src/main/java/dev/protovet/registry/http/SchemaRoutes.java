package dev.protovet.registry.http;

import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.core.SchemaReads;
import dev.protovet.registry.core.SchemaRequest;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /schemas: schemas by id, the ids' subjects and versions, and the list of all schemas. */
final class SchemaRoutes {
    private final SchemaReads schemas;
    private final SchemaFormats formats;

    SchemaRoutes(SchemaReads schemas, SchemaFormats formats) {
        this.schemas = schemas;
        this.formats = formats;
    }

    void byId(Context ctx) {
        Map<String, Object> out = byId(Requests.schemaId(ctx), ctx.queryParam("format"));
        if (Requests.flag(ctx, "fetchMaxId")) {
            out.put("maxId", schemas.maxId());
        }
        ctx.json(out);
    }

    /** The body of {@code GET /schemas/ids/{id}}; the format is the {@code format=} parameter or null. */
    Map<String, Object> byId(int id, String format) {
        StoredSchema s = schemas.schema(id);
        return Responses.schemaString(s.schemaType(), formats.render(id, s.text(), format), s.references(),
                s.contract());
    }

    void rawById(Context ctx) {
        int id = Requests.schemaId(ctx);
        StoredSchema s = schemas.schema(id);
        ctx.contentType("text/plain; charset=utf-8").result(formats.render(id, s.text(), ctx.queryParam("format")));
    }

    void subjectsOfId(Context ctx) {
        ctx.json(Requests.page(ctx, schemas.subjectsOf(Requests.schemaId(ctx), Requests.flag(ctx, "deleted"))));
    }

    void versionsOfId(Context ctx) {
        List<SubjectVersion> versions = Requests.page(ctx,
                schemas.versionsOf(Requests.schemaId(ctx), Requests.flag(ctx, "deleted")));
        ctx.json(versions.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", v.subject());
            m.put("version", v.version());
            return m;
        }).toList());
    }

    void descriptorSetById(Context ctx) {
        int id = Requests.schemaId(ctx);
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"schema-" + id + ".binpb\"")
                .result(formats.descriptorSet(id, "schema-" + id + ".proto"));
    }

    void list(Context ctx) {
        String prefix = ctx.queryParam("subjectPrefix");
        List<RegisteredSchema> page = schemas.list(prefix == null || prefix.equals(":*:") ? "" : prefix, Requests.flag(ctx, "deleted"),
                Requests.flag(ctx, "latestOnly"), Requests.number(ctx, "offset", 0), Requests.number(ctx, "limit", 1000));
        ctx.json(page.stream().map(s -> Responses.schema(s, s.schema())).toList());
    }

    void types(Context ctx) {
        ctx.json(List.of(SchemaRequest.PROTOBUF));
    }
}
