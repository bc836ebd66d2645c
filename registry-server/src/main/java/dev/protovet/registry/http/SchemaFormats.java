package dev.protovet.registry.http;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.SchemaReads;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.schema.DescriptorPrinter;
import dev.protovet.registry.schema.SerializedSchema;
import java.util.Locale;

/** The {@code format=} query parameter: the stored text, or base64 of the schema's FileDescriptorProto. */
final class SchemaFormats {
    private final SchemaReads schemas;

    SchemaFormats(SchemaReads schemas) {
        this.schemas = schemas;
    }

    /** The schema of id {@code id} in the format asked for ({@code default}, {@code serialized}, {@code ignore_extensions}). */
    String render(int id, String storedText, String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "", "default", "resolved" -> storedText;
            // printed from the descriptor, which keeps only descriptor.proto's own options
            case "ignore_extensions" -> DescriptorPrinter.print(schemas.compiled(id).file());
            case "serialized" -> SerializedSchema.encode(schemas.compiled(id).file());
            default -> throw RegistryException.badRequest("unknown format '" + format
                    + "'; use default, ignore_extensions or serialized");
        };
    }

    /** A FileDescriptorSet of the schema and every file it imports, dependencies first, with source info. */
    byte[] descriptorSet(int id, String fileName) {
        CompiledSchema schema = schemas.compiled(id);
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder().addAllFile(schema.dependencies());
        set.addFile(schema.file().toBuilder().setName(fileName));
        return set.build().toByteArray();
    }
}
