package dev.protovet.registry.core;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageBuilder;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.schema.InvalidSchemaException;
import dev.protovet.registry.schema.ProtobufSchemaCompiler;
import dev.protovet.registry.store.Reference;
import dev.protovet.registry.store.StoredSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compiles schemas and their references into descriptors. Stored schemas are immutable, so their compiled form is
 * cached by id; any number of server instances may each hold their own cache.
 */
public final class CompiledSchemas {
    /** The path every schema's root file has when two versions are compared: they must share it to pair. */
    public static final String ROOT = "schema.proto";
    private static final int CACHE_SIZE = 10_000;

    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();
    private final Map<Integer, Stored> byId = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Stored> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    /** A stored schema compiled once: its descriptors (for descriptor sets, formats, codecs) and its image. */
    private record Stored(CompiledSchema schema, Image image) {
    }

    /** Where the text of a reference comes from: a resolved reference's stored schema. */
    public interface ReferenceResolver {
        StoredSchema resolve(Reference reference);
    }

    /**
     * Compiles a schema a client sent, with its references resolved recursively.
     *
     * @throws RegistryException 42201 when the schema or a reference is invalid
     */
    public CompiledSchema compile(String fileName, String schema, List<Reference> references, boolean normalize,
                                  ReferenceResolver resolver) {
        Map<String, String> dependencies = new LinkedHashMap<>();
        collect(references, resolver, dependencies, 0);
        try {
            return compiler.compile(fileName, schema, dependencies, normalize);
        } catch (InvalidSchemaException e) {
            throw RegistryException.invalidSchema(e.getMessage());
        }
    }

    /** Schema {@code id} compiled, on first use; {@code load} reads it only then. */
    public CompiledSchema schema(int id, Supplier<StoredSchema> load, ReferenceResolver resolver) {
        return stored(id, load, resolver).schema();
    }

    /** The comparable image of schema {@code id}, compiled on first use; {@code load} reads it only then. */
    public Image image(int id, Supplier<StoredSchema> load, ReferenceResolver resolver) {
        return stored(id, load, resolver).image();
    }

    private Stored stored(int id, Supplier<StoredSchema> load, ReferenceResolver resolver) {
        Stored cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        StoredSchema stored = load.get();
        CompiledSchema schema = compile(ROOT, stored.text(), stored.references(), false, resolver);
        Stored compiled = new Stored(schema, image(schema));
        byId.put(id, compiled);
        return compiled;
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
        if (depth > 64) {
            throw RegistryException.invalidSchema("references nest deeper than 64 levels (a cycle?)");
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
