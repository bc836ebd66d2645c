package dev.protovet.registry.http;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.SchemaRegistry;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.schema.DescriptorPrinter;
import dev.protovet.registry.schema.SerializedSchema;
import java.util.Locale;

/** The {@code format=} query parameter: the stored text, or base64 of the schema's FileDescriptorProto. */
final class SchemaFormats {
    private final SchemaRegistry registry;

    SchemaFormats(SchemaRegistry registry) {
        this.registry = registry;
    }

    /** The schema of id {@code id} in the format asked for ({@code default}, {@code serialized}, {@code ignore_extensions}). */
    String render(int id, String storedText, String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "", "default", "resolved" -> storedText;
            // printed from the descriptor, which keeps only descriptor.proto's own options
            case "ignore_extensions" -> DescriptorPrinter.print(registry.compiledSchema(id).file());
            case "serialized" -> SerializedSchema.encode(registry.compiledSchema(id).file());
            default -> throw RegistryException.badRequest("unknown format '" + format
                    + "'; use default, ignore_extensions or serialized");
        };
    }

    /** A FileDescriptorSet of the schema and every file it imports, dependencies first, with source info. */
    byte[] descriptorSet(int id, String fileName) {
        CompiledSchema schema = registry.compiledSchema(id);
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder().addAllFile(schema.dependencies());
        set.addFile(schema.file().toBuilder().setName(fileName));
        return set.build().toByteArray();
    }
}
