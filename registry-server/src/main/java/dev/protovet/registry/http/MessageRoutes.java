package dev.protovet.registry.http;

import dev.protovet.engine.changes.ChangelogFormat;
import dev.protovet.registry.core.MessageCodec;
import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.MessageCodecs;
import dev.protovet.registry.core.SubjectReads;
import dev.protovet.registry.core.VersionDiffs;
import dev.protovet.registry.core.VersionId;
import io.javalin.http.Context;

/**
 * Beyond Confluent: what changed between two versions (the engine's changelog), and binary messages of a version
 * decoded to JSON and encoded back, so that traffic can be debugged with curl.
 */
final class MessageRoutes {
    static final String PROTOBUF_MEDIA_TYPE = "application/x-protobuf";
    private final SubjectReads subjects;
    private final VersionDiffs diffs;
    private final MessageCodecs codecs;

    MessageRoutes(SubjectReads subjects, VersionDiffs diffs, MessageCodecs codecs) {
        this.subjects = subjects;
        this.diffs = diffs;
        this.codecs = codecs;
    }

    void diff(Context ctx) {
        VersionId to = VersionId.parse(ctx.pathParam("other"));
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        ChangelogFormat changelog;
        try {
            changelog = ChangelogFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw RegistryException.badRequest(e.getMessage());
        }
        String out = changelog.write(diffs.changes(Requests.subject(ctx), Requests.version(ctx), to));
        if (changelog == ChangelogFormat.JSON) {
            // the engine writes JSON lines, as buf does; over HTTP one array reads better
            out = "[" + String.join(",", out.lines().toList()) + "]";
        }
        ctx.contentType(switch (changelog) {
            case JSON -> Json.MEDIA_TYPE;
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
        }).result(out);
    }

    void decode(Context ctx) {
        RegisteredSchema version = subjects.version(Requests.subject(ctx), Requests.version(ctx), false);
        MessageCodec.Decoded decoded = codecs.of(version.storedId()).decode(ctx.bodyAsBytes(), ctx.queryParam("message"));
        ctx.header("X-Protovet-Message-Type", decoded.messageType());
        if (decoded.schemaId() != null) {
            ctx.header("X-Protovet-Schema-Id", decoded.schemaId().toString());
        }
        if (decoded.guid() != null) {
            ctx.header("X-Protovet-Schema-Guid", decoded.guid());
        }
        ctx.contentType("application/json; charset=utf-8").result(decoded.json());
    }

    void encode(Context ctx) {
        RegisteredSchema version = subjects.version(Requests.subject(ctx), Requests.version(ctx), false);
        String framing = ctx.queryParam("framing");
        MessageCodec.Framing how = switch (framing == null ? "none" : framing) {
            case "none" -> new MessageCodec.Framing.None();
            case "confluent" -> new MessageCodec.Framing.SchemaId(version.id());
            case "confluent-guid" -> new MessageCodec.Framing.Guid(version.guid());
            default -> throw RegistryException.badRequest("framing must be confluent (magic byte 0 and the schema id), "
                    + "confluent-guid (magic byte 1 and the schema's GUID) or none, got '" + framing + "'");
        };
        MessageCodec.Encoded encoded = codecs.of(version.storedId()).encode(ctx.body(), ctx.queryParam("message"), how);
        ctx.header("X-Protovet-Message-Type", encoded.messageType());
        ctx.contentType(PROTOBUF_MEDIA_TYPE).result(encoded.bytes());
    }
}
