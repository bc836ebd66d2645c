package dev.protovet.registry.http;

import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.SchemaRegistry;
import dev.protovet.registry.store.SubjectVersion;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /subjects: listing, lookup, registration, versions, references and deletes. */
final class SubjectRoutes {
    private final SchemaRegistry registry;
    private final SchemaFormats formats;

    SubjectRoutes(SchemaRegistry registry, SchemaFormats formats) {
        this.registry = registry;
        this.formats = formats;
    }

    void list(Context ctx) {
        String prefix = ctx.queryParam("subjectPrefix");
        if (prefix == null || prefix.equals(":*:")) {
            prefix = "";
        }
        ctx.json(registry.subjects(prefix, Requests.flag(ctx, "deleted"), Requests.flag(ctx, "deletedOnly"),
                Requests.number(ctx, "offset", 0), limit(ctx)));
    }

    void lookup(Context ctx) {
        RegisteredSchema s = registry.lookup(Requests.subject(ctx), Requests.schema(ctx),
                Requests.flag(ctx, "normalize"), Requests.flag(ctx, "deleted"));
        ctx.json(Responses.schema(s, formats.render(s.id(), s.schema(), ctx.queryParam("format"))));
    }

    void delete(Context ctx) {
        ctx.json(registry.deleteSubject(Requests.subject(ctx), Requests.flag(ctx, "permanent")));
    }

    void versions(Context ctx) {
        // deletedAsNegative lists soft-deleted versions too, as -n
        boolean negative = Requests.flag(ctx, "deletedAsNegative");
        List<SubjectVersion> versions = registry.subjectVersions(Requests.subject(ctx),
                negative || Requests.flag(ctx, "deleted"), Requests.flag(ctx, "deletedOnly"));
        ctx.json(Requests.page(ctx, versions.stream()
                .map(v -> negative && v.deleted() ? -v.version() : v.version()).toList()));
    }

    void byMetadata(Context ctx) {
        List<String> keys = ctx.queryParams("key");
        List<String> values = ctx.queryParams("value");
        if (keys.size() != values.size()) {
            throw RegistryException.badRequest("give as many value parameters as key parameters, in the same order");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            properties.put(keys.get(i), values.get(i));
        }
        RegisteredSchema s = registry.latestWithMetadata(Requests.subject(ctx), properties, Requests.flag(ctx, "deleted"));
        ctx.json(Responses.schema(s, formats.render(s.id(), s.schema(), ctx.queryParam("format"))));
    }

    void register(Context ctx) {
        RegisteredSchema s = registry.register(Requests.subject(ctx), Requests.schema(ctx),
                Requests.flag(ctx, "normalize"));
        ctx.json(Responses.registered(s));
    }

    void version(Context ctx) {
        RegisteredSchema s = registry.version(Requests.subject(ctx), Requests.version(ctx), Requests.flag(ctx, "deleted"));
        ctx.json(Responses.schema(s, formats.render(s.id(), s.schema(), ctx.queryParam("format"))));
    }

    void rawVersion(Context ctx) {
        RegisteredSchema s = registry.version(Requests.subject(ctx), Requests.version(ctx), Requests.flag(ctx, "deleted"));
        if (Requests.flag(ctx, "download")) {
            String file = SchemaRegistry.fileName(s.subject());
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.substring(file.lastIndexOf('/') + 1)
                    .replace(".proto", "") + "-v" + s.version() + ".proto\"");
        }
        ctx.contentType("text/plain; charset=utf-8").result(formats.render(s.id(), s.schema(), ctx.queryParam("format")));
    }

    void referencedBy(Context ctx) {
        ctx.json(Requests.page(ctx, registry.referencedBy(Requests.subject(ctx), Requests.version(ctx))));
    }

    void deleteVersion(Context ctx) {
        ctx.json(registry.deleteVersion(Requests.subject(ctx), Requests.version(ctx), Requests.flag(ctx, "permanent")));
    }

    void descriptorSet(Context ctx) {
        String subject = Requests.subject(ctx);
        RegisteredSchema s = registry.version(subject, Requests.version(ctx), false);
        String file = SchemaRegistry.fileName(subject);
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + file.replace(".proto", "") + "-v"
                        + s.version() + ".binpb\"")
                .result(formats.descriptorSet(s.id(), file));
    }

    private static int limit(Context ctx) {
        return Requests.number(ctx, "limit", -1) < 0 ? Integer.MAX_VALUE : Requests.number(ctx, "limit", -1);
    }
}
