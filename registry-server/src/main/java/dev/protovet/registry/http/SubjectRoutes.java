package dev.protovet.registry.http;

import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.Deletions;
import dev.protovet.registry.core.Registrations;
import dev.protovet.registry.core.SubjectReads;
import dev.protovet.registry.core.Subjects;
import dev.protovet.registry.model.SubjectVersion;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** /subjects: listing, lookup, registration, versions, references and deletes. */
final class SubjectRoutes {
    private final SubjectReads subjects;
    private final Registrations registrations;
    private final Deletions deletions;
    private final SchemaFormats formats;

    SubjectRoutes(SubjectReads subjects, Registrations registrations, Deletions deletions, SchemaFormats formats) {
        this.subjects = subjects;
        this.registrations = registrations;
        this.deletions = deletions;
        this.formats = formats;
    }

    void list(Context ctx) {
        ctx.json(subjects.subjects(Requests.subjectPrefix(ctx), Requests.flag(ctx, "deleted"), Requests.flag(ctx, "deletedOnly"),
                Requests.number(ctx, "offset", 0), limit(ctx)));
    }

    void lookup(Context ctx) {
        RegisteredSchema s = subjects.lookup(Requests.subject(ctx), Requests.schema(ctx),
                Requests.flag(ctx, "normalize"), Requests.flag(ctx, "deleted"));
        ctx.json(Responses.schema(s, formats.render(s.storedId(), s.schema(), ctx.queryParam("format"))));
    }

    void delete(Context ctx) {
        ctx.json(deletions.deleteSubject(Requests.subject(ctx), Requests.flag(ctx, "permanent")));
    }

    void versions(Context ctx) {
        // deletedAsNegative lists soft-deleted versions too, as -n
        boolean negative = Requests.flag(ctx, "deletedAsNegative");
        List<SubjectVersion> versions = subjects.versions(Requests.subject(ctx),
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
        RegisteredSchema s = subjects.latestWithMetadata(Requests.subject(ctx), properties, Requests.flag(ctx, "deleted"));
        ctx.json(Responses.schema(s, formats.render(s.storedId(), s.schema(), ctx.queryParam("format"))));
    }

    void register(Context ctx) {
        RegisteredSchema s = registrations.register(Requests.subject(ctx), Requests.schema(ctx),
                Requests.flag(ctx, "normalize"));
        ctx.json(Responses.registered(s));
    }

    void version(Context ctx) {
        RegisteredSchema s = subjects.version(Requests.subject(ctx), Requests.version(ctx), Requests.flag(ctx, "deleted"));
        ctx.json(Responses.schema(s, formats.render(s.storedId(), s.schema(), ctx.queryParam("format"))));
    }

    void rawVersion(Context ctx) {
        RegisteredSchema s = subjects.version(Requests.subject(ctx), Requests.version(ctx), Requests.flag(ctx, "deleted"));
        if (Requests.flag(ctx, "download")) {
            String file = Subjects.fileName(s.subject());
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.substring(file.lastIndexOf('/') + 1)
                    .replace(".proto", "") + "-v" + s.version() + ".proto\"");
        }
        ctx.contentType("text/plain; charset=utf-8").result(formats.render(s.storedId(), s.schema(), ctx.queryParam("format")));
    }

    void referencedBy(Context ctx) {
        ctx.json(Requests.page(ctx, subjects.referencedBy(Requests.subject(ctx), Requests.version(ctx))));
    }

    void deleteVersion(Context ctx) {
        ctx.json(deletions.deleteVersion(Requests.subject(ctx), Requests.version(ctx), Requests.flag(ctx, "permanent")));
    }

    void descriptorSet(Context ctx) {
        String subject = Requests.subject(ctx);
        RegisteredSchema s = subjects.version(subject, Requests.version(ctx), false);
        String file = Subjects.fileName(subject);
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + file.replace(".proto", "") + "-v"
                        + s.version() + ".binpb\"")
                .result(formats.descriptorSet(s.storedId(), file));
    }

    private static int limit(Context ctx) {
        return Requests.number(ctx, "limit", -1) < 0 ? Integer.MAX_VALUE : Requests.number(ctx, "limit", -1);
    }
}
