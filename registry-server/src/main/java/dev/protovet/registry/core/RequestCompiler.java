package dev.protovet.registry.core;

import dev.protovet.engine.model.Image;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.store.Stores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles what a request sends, and stored schemas by id, resolving references through the request's own
 * database handle: a reference names a subject's version, whose stored text is compiled with it.
 */
final class RequestCompiler {
    /** The most references one schema may list. */
    static final int MAX_REFERENCES = 1000;
    private final StoredSchemas stored;
    private final CompiledSchemas compiled;

    RequestCompiler(StoredSchemas stored, CompiledSchemas compiled) {
        this.stored = stored;
        this.compiled = compiled;
    }

    /**
     * The schema a request sends, as the subject's file, with the request's references as {@link
     * #resolveReferences} resolved them; 42201 when it or a reference is invalid.
     */
    CompiledSchema compile(Stores s, String subject, SchemaRequest request, List<Reference> references,
                           boolean normalize) {
        String type = request.schemaType() == null ? "AVRO" : request.schemaType();
        if (!SchemaRequest.PROTOBUF.equals(type)) {
            throw RegistryException.invalidSchema("schemaType " + type + " is not supported; this registry holds "
                    + "PROTOBUF schemas only");
        }
        if (request.schema() == null || request.schema().isBlank()) {
            throw RegistryException.invalidSchema("the request has no schema");
        }
        return compiled.compile(Subjects.fileName(subject), request.schema(), references, normalize,
                resolver(s));
    }

    /**
     * A request's references with {@code latest} (-1) pinned to the version it means now, and their subjects named
     * as seen from {@code subject}'s context (an unqualified subject there is that context's).
     */
    List<Reference> resolveReferences(Stores s, String subject, SchemaRequest request) {
        String context = Subjects.context(subject);
        if (request.references().size() > MAX_REFERENCES) {
            throw RegistryException.invalidSchema("a schema may have at most " + MAX_REFERENCES + " references, this "
                    + "one has " + request.references().size());
        }
        Set<String> names = new HashSet<>();
        List<Reference> out = new ArrayList<>();
        for (Reference r : request.references()) {
            if (r.name() == null || r.name().isBlank() || r.subject() == null || r.subject().isBlank()) {
                throw RegistryException.invalidSchema("a reference needs a name and a subject: " + r);
            }
            if (!names.add(r.name())) {
                throw RegistryException.invalidSchema("two references are named \"" + r.name() + "\"; each import "
                        + "has one reference");
            }
            if (r.version() == 0 || r.version() < -1) {
                throw RegistryException.invalidSchema("reference \"" + r.name() + "\" has version " + r.version()
                        + "; a version is 1 or more, or -1 for the latest");
            }
            Reference qualified = new Reference(r.name(), Subjects.inContext(r.subject(), context), r.version());
            out.add(new Reference(r.name(), qualified.subject(), findReference(s, qualified).version()));
        }
        return out;
    }

    /** Stored schema {@code id} compiled (once per id). */
    CompiledSchema compiled(Stores s, int id) {
        return compiled.schema(stored.get(s, id), resolver(s));
    }

    /** The comparable image of stored schema {@code id} (once per id). */
    Image image(Stores s, int id) {
        return compiled.image(stored.get(s, id), resolver(s));
    }

    /** The live ones of {@code versions}, newest first, each compiled only when a check compares with it. */
    List<CompatibilityChecker.Earlier> earlier(Stores s, List<SubjectVersion> versions) {
        return versions.stream()
                .filter(v -> !v.deleted())
                .sorted(Comparator.comparingInt(SubjectVersion::version).reversed())
                .map(v -> new CompatibilityChecker.Earlier(v.version(),
                        () -> compiled.declarations(stored.get(s, v.schemaId()), resolver(s))))
                .toList();
    }

    private CompiledSchemas.ReferenceResolver resolver(Stores s) {
        return r -> stored.get(s, findReference(s, r).schemaId());
    }

    private static SubjectVersion findReference(Stores s, Reference r) {
        try {
            return VersionLookup.find(s.subjects(), r.subject(), r.version() <= 0 ? VersionId.LATEST
                    : new VersionId(r.version()), true);
        } catch (RegistryException e) {
            throw RegistryException.invalidSchema("reference \"" + r.name() + "\" names subject '" + r.subject()
                    + "' version " + (r.version() <= 0 ? "latest" : r.version()) + ", which does not exist");
        }
    }
}
