package dev.protovet.registry.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageBuilder;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.schema.InvalidSchemaException;
import dev.protovet.registry.schema.ProtobufSchemaCompiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles schemas and their references into descriptors. Stored schemas are immutable, so their compiled form
 * (descriptors, comparable image, message codec) is cached by id; any number of server instances may each hold
 * their own cache.
 */
public final class CompiledSchemas {
    /** The path every schema's root file has when two versions are compared: they must share it to pair. */
    public static final String ROOT = "schema.proto";
    /** Roughly how many bytes of heap a compiled schema takes per byte of its serialized descriptors. */
    private static final int HEAP_PER_DESCRIPTOR_BYTE = 24;
    private static final int MAX_REFERENCE_DEPTH = 64;

    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();
    private final Cache<Integer, Compiled> byId;
    private final Cache<Requested, CompiledSchema> requested;

    /** What a request asks to compile: the same text with the same pinned references compiles the same. */
    private record Requested(String fileName, String schema, List<Reference> references, boolean normalize) {
    }

    /** A stored schema compiled once: its descriptors (for descriptor sets, formats, codecs) and its image. */
    private record Compiled(CompiledSchema schema, Image image, Declarations declarations, int weight) {
    }

    /** Where the stored text of a reference comes from. */
    public interface ReferenceResolver {
        StoredSchema resolve(Reference reference);
    }

    public CompiledSchemas(Caches caches) {
        byId = caches.create("compiled_schemas", caches.limits().compiledBytes(), (id, compiled) -> compiled.weight());
        // lookups and a serializer's repeated registration send the same text again and again
        requested = caches.create("requested_schemas", caches.limits().compiledBytes() / 4,
                (request, schema) -> weight(request.schema().length(), schema.file(), List.of()));
    }

    /**
     * Compiles a schema a client sent, with its references resolved recursively.
     *
     * @throws RegistryException 42201 when the schema or a reference is invalid
     */
    public CompiledSchema compile(String fileName, String schema, List<Reference> references, boolean normalize,
                                  ReferenceResolver resolver) {
        Requested key = new Requested(fileName, schema, List.copyOf(references), normalize);
        CompiledSchema cached = requested.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        CompiledSchema compiled = compileNow(fileName, schema, references, normalize, resolver);
        requested.put(key, compiled);
        return compiled;
    }

    private CompiledSchema compileNow(String fileName, String schema, List<Reference> references, boolean normalize,
                                      ReferenceResolver resolver) {
        Map<String, String> dependencies = new LinkedHashMap<>();
        collect(references, resolver, dependencies, 0);
        try {
            return compiler.compile(fileName, schema, dependencies, normalize);
        } catch (InvalidSchemaException e) {
            throw RegistryException.invalidSchema(e.getMessage());
        }
    }

    /** The image of stored schema {@code stored}, indexed for comparisons, compiled on first use. */
    public Declarations declarations(StoredSchema stored, ReferenceResolver resolver) {
        return compiled(stored, resolver).declarations();
    }

    /** Stored schema {@code stored} compiled, on first use. */
    public CompiledSchema schema(StoredSchema stored, ReferenceResolver resolver) {
        return compiled(stored, resolver).schema();
    }

    /** The comparable image of stored schema {@code stored}, compiled on first use. */
    public Image image(StoredSchema stored, ReferenceResolver resolver) {
        return compiled(stored, resolver).image();
    }

    private Compiled compiled(StoredSchema stored, ReferenceResolver resolver) {
        return byId.get(stored.id(), id -> {
            CompiledSchema schema;
            try {
                schema = compileNow(ROOT, stored.text(), stored.references(), false, resolver);
            } catch (RegistryException e) {
                // accepted by an older registry whose checks were laxer: the data's problem, not the request's
                throw new RegistryException(500, 50001, "Schema " + id + " was stored by an earlier version of the "
                        + "registry and does not compile under today's checks (" + e.getMessage() + "); register a "
                        + "corrected version, and soft-delete the old one");
            }
            Image image = image(schema);
            return new Compiled(schema, image, new Declarations(image),
                    weight(stored.text().length(), schema.file(), schema.dependencies()));
        });
    }

    /** An estimate of the heap a compiled schema holds: its text and descriptors, and what is built from them. */
    private static int weight(int textLength, FileDescriptorProto file, List<FileDescriptorProto> dependencies) {
        long bytes = 2L * textLength + file.getSerializedSize()
                + dependencies.stream().mapToLong(FileDescriptorProto::getSerializedSize).sum();
        return (int) Math.min(Integer.MAX_VALUE, bytes * HEAP_PER_DESCRIPTOR_BYTE);
    }

    /**
     * An image whose only target is the schema's own file, renamed to {@link #ROOT} so that any two versions pair;
     * its references and well-known imports are imports.
     */
    public static Image image(CompiledSchema schema) {
        List<FileDescriptorProto> files = new ArrayList<>(schema.dependencies());
        FileDescriptorProto root = schema.file().toBuilder().setName(ROOT).build();
        files.add(root);
        return ImageBuilder.build(files, p -> p != root);
    }

    private static void collect(List<Reference> references, ReferenceResolver resolver, Map<String, String> out,
                                int depth) {
        if (depth > MAX_REFERENCE_DEPTH) {
            throw RegistryException.invalidSchema("references nest deeper than " + MAX_REFERENCE_DEPTH
                    + " levels (a cycle?)");
        }
        for (Reference reference : references) {
            if (out.containsKey(reference.name())) {
                continue;
            }
            StoredSchema target = resolver.resolve(reference);
            out.put(reference.name(), target.text());
            collect(target.references(), resolver, out, depth + 1);
        }
    }
}
