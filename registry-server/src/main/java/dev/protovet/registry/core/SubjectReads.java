package dev.protovet.registry.core;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.store.Stores;
import java.util.List;
import java.util.Map;

/** Subjects and their versions: listings, one version, lookups by schema or metadata, and what references a version. */
public final class SubjectReads {
    private final Transactions tx;
    private final Settings settings;
    private final StoredSchemas stored;
    private final RequestCompiler compiler;

    SubjectReads(Transactions tx, Settings settings, StoredSchemas stored, RequestCompiler compiler) {
        this.tx = tx;
        this.settings = settings;
        this.stored = stored;
        this.compiler = compiler;
    }

    /** Subject names with the prefix, sorted, paged ({@code limit} negative: all). */
    public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly, int offset, int limit) {
        return tx.read(s -> s.subjects().subjects(prefix, deleted, deletedOnly, Math.max(0, offset),
                limit < 0 ? Integer.MAX_VALUE : limit));
    }

    /** A subject's versions, oldest first: live ones, with soft-deleted ones too, or soft-deleted ones only. */
    public List<SubjectVersion> versions(String subject, boolean deleted, boolean deletedOnly) {
        return tx.read(s -> {
            List<SubjectVersion> all = s.subjects().versions(subject);
            List<SubjectVersion> out = all.stream()
                    .filter(v -> deletedOnly ? v.deleted() : deleted || !v.deleted())
                    .toList();
            if (out.isEmpty() && (all.isEmpty() || !deleted && !deletedOnly)) {
                throw RegistryException.subjectNotFound(subject);
            }
            return out;
        });
    }

    public RegisteredSchema version(String subject, VersionId version, boolean deleted) {
        return tx.read(s -> {
            SubjectVersion v = VersionLookup.find(s.subjects(), subject, version, deleted);
            return RegisteredSchema.of(v, stored.get(s, v.schemaId()));
        });
    }

    /** The latest version whose metadata has every one of {@code properties} (GET /subjects/{s}/metadata). */
    public RegisteredSchema latestWithMetadata(String subject, Map<String, String> properties, boolean deleted) {
        List<SubjectVersion> versions = versions(subject, deleted, false);
        return tx.read(s -> {
            for (int i = versions.size() - 1; i >= 0; i--) {
                StoredSchema schema = stored.get(s, versions.get(i).schemaId());
                if (DataContracts.properties(schema.contract()).entrySet().containsAll(properties.entrySet())) {
                    return RegisteredSchema.of(versions.get(i), schema);
                }
            }
            throw RegistryException.schemaNotFound("No version of subject '" + subject + "' has the metadata "
                    + properties);
        });
    }

    /** Ids of schemas with a live version that reference the subject's version. */
    public List<Integer> referencedBy(String subject, VersionId version) {
        return tx.read(s -> {
            SubjectVersion v = VersionLookup.find(s.subjects(), subject, version, false);
            return s.schemas().referencedBy(subject, v.version());
        });
    }

    /** POST /subjects/{subject}: the live version of the subject that is this schema. */
    public RegisteredSchema lookup(String subject, SchemaRequest request, boolean normalize, boolean deleted) {
        return tx.read(s -> {
            boolean normalized = normalize || settings.effectiveConfig(s, subject).normalize();
            List<Reference> references = compiler.resolveReferences(s, subject, request);
            CompiledSchema schema = compiler.compile(s, subject, request, references, normalized);
            List<SubjectVersion> versions = s.subjects().versions(subject).stream()
                    .filter(v -> deleted || !v.deleted()).toList();
            if (versions.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            Map<Integer, StoredSchema> schemas = stored.getAll(s, versions.stream().map(SubjectVersion::schemaId).toList());
            return versions.stream()
                    .filter(v -> sameSchema(s, subject, schemas.get(v.schemaId()), schema, references, request.contract(),
                            normalized))
                    .reduce((a, b) -> b)
                    .map(v -> RegisteredSchema.of(v, schemas.get(v.schemaId())))
                    .orElseThrow(() -> RegistryException.schemaNotFound("Schema not found"));
        });
    }

    /**
     * Whether a stored schema is the one asked for: the same canonical text (comments and layout aside), references
     * and contract; a request without a contract matches any contract.
     */
    private boolean sameSchema(Stores s, String subject, StoredSchema stored, CompiledSchema asked,
                               List<Reference> references, DataContract contract, boolean normalize) {
        if (!stored.references().equals(references) || !(contract.isEmpty() || stored.contract().equals(contract))) {
            return false;
        }
        if (stored.text().equals(asked.canonicalText())) {
            return true;
        }
        return compiler.compile(s, subject, new SchemaRequest(stored.text(), SchemaRequest.PROTOBUF, references,
                null, null, null), references, normalize).canonicalText().equals(asked.canonicalText());
    }
}
