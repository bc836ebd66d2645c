package dev.protovet.registry.core;

import dev.protovet.engine.model.Image;
import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.SchemaKey;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.store.Stores;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Registers schemas under subjects, each registration one transaction: the subject's row lock numbers concurrent
 * registrations (from any server instance), and mode, config and compatibility are read under it.
 */
public final class Registrations {
    private final Transactions tx;
    private final Settings settings;
    private final StoredSchemas stored;
    private final RequestCompiler compiler;

    Registrations(Transactions tx, Settings settings, StoredSchemas stored, RequestCompiler compiler) {
        this.tx = tx;
        this.settings = settings;
        this.stored = stored;
        this.compiler = compiler;
    }

    /**
     * The existing version when the subject already has this schema, else a new version (highest ever + 1) after
     * the compatibility check.
     */
    public RegisteredSchema register(String subject, SchemaRequest request, boolean normalize) {
        Subjects.validate(subject);
        if (Subjects.unqualified(subject).isEmpty()) {
            throw RegistryException.invalidSubject(subject, "it names a context, not a subject in it");
        }
        String context = Subjects.context(subject);
        return tx.write(s -> {
            int highestEver = s.subjects().lock(subject);
            Mode mode = settings.effectiveMode(s, subject);
            Deletions.requireWritable(subject, mode);
            boolean chosen = request.id() != null && request.id() >= 0 || request.version() != null && request.version() > 0;
            if (chosen && mode != Mode.IMPORT) {
                throw RegistryException.notPermitted("Subject " + subject + " is not in import mode; "
                        + "an id or version cannot be chosen");
            }
            EffectiveConfig config = settings.effectiveConfig(s, subject);
            List<Reference> references = compiler.resolveReferences(s, subject, request);
            CompiledSchema schema = compiler.compile(s, subject, request, references, normalize || config.normalize());
            List<SubjectVersion> versions = s.subjects().versions(subject);
            // an import takes the schema as it was where it came from, without the latest version's metadata
            DataContract contract = request.contract().isEmpty() && mode != Mode.IMPORT ? latestContract(s, versions)
                    : request.contract();
            String fingerprint = SchemaFingerprint.of(context, SchemaRequest.PROTOBUF, schema.canonicalText(), references,
                    contract);
            Optional<Integer> existingId = s.schemas().idOf(fingerprint);
            if (existingId.isPresent() && (request.id() == null || request.id() < 0)) {
                Optional<SubjectVersion> same = versions.stream()
                        .filter(v -> !v.deleted() && v.schemaId() == existingId.get()).findFirst();
                if (same.isPresent()) {
                    return RegisteredSchema.of(same.get(), stored.get(s, existingId.get()));
                }
            }
            if (mode != Mode.IMPORT) {
                Image candidate = CompiledSchemas.image(schema);
                List<String> problems = CompatibilityChecker.check(candidate, compiler.earlier(s, versions), config,
                        Subjects.fileName(subject));
                if (!problems.isEmpty()) {
                    throw RegistryException.incompatible(subject, problems);
                }
            }
            Integer explicitId = importedId(s, context, request, fingerprint);
            // the text as sent, comments kept (as Confluent keeps them); normalized, the normal form
            String text = normalize || config.normalize() ? schema.canonicalText() : schema.sourceText();
            // an import keeps the GUID the schema had where it came from
            String guid = mode == Mode.IMPORT && request.guid() != null ? request.guid()
                    : SchemaFingerprint.guid(SchemaRequest.PROTOBUF, schema.canonicalText(), references, contract);
            // not cached until committed: a registration that fails to commit must not leave its id behind
            StoredSchema created = s.schemas().schemaFor(fingerprint, context, guid, SchemaRequest.PROTOBUF,
                    SchemaFingerprint.sha256(text), text, references, contract, explicitId);
            int version = nextVersion(subject, request, versions, highestEver);
            // an import keeps when the version was registered where it came from; microseconds, as the store keeps it
            Instant registeredAt = mode == Mode.IMPORT && request.timestamp() != null
                    ? Instant.ofEpochMilli(request.timestamp()) : Instant.now().truncatedTo(ChronoUnit.MICROS);
            s.subjects().insert(subject, version, created.id(), registeredAt);
            return RegisteredSchema.of(new SubjectVersion(subject, version, created.id(), false, registeredAt), created);
        });
    }

    /**
     * What a schema sent without metadata or rule set carries, as in Confluent: the latest live version's, so a
     * serializer that auto-registers keeps the rules an owner registered before it.
     */
    private DataContract latestContract(Stores s, List<SubjectVersion> versions) {
        return versions.stream().filter(v -> !v.deleted()).reduce((a, b) -> b)
                .map(v -> stored.get(s, v.schemaId()).contract()).orElse(DataContract.NONE);
    }

    /** The id an import chose, checked: it names this schema or none in the context, and the schema has no other. */
    private Integer importedId(Stores s, String context, SchemaRequest request, String fingerprint) {
        if (request.id() == null || request.id() < 0) {
            return null;
        }
        Optional<String> taken = s.schemas().fingerprintOf(new SchemaKey(context, request.id()));
        if (taken.isPresent() && !taken.get().equals(fingerprint)) {
            throw RegistryException.idMismatch("Overwrite new schema with id " + request.id()
                    + " is not permitted: the id belongs to a different schema");
        }
        Optional<Integer> existing = s.schemas().idOf(fingerprint).map(row -> stored.get(s, row).contextId());
        if (existing.isPresent() && existing.get().intValue() != request.id()) {
            throw RegistryException.idMismatch("Schema already registered with id " + existing.get()
                    + " instead of input id " + request.id());
        }
        return request.id();
    }

    /** An imported version as chosen, else one above any the subject has ever had, so none is given twice. */
    private static int nextVersion(String subject, SchemaRequest request, List<SubjectVersion> versions,
                                   int highestEver) {
        int highest = Math.max(highestEver, versions.stream().mapToInt(SubjectVersion::version).max().orElse(0));
        if (request.version() != null && request.version() > 0) {
            if (versions.stream().anyMatch(v -> v.version() == request.version())) {
                throw RegistryException.idMismatch("Version " + request.version() + " of subject '" + subject
                        + "' already exists");
            }
            return request.version();
        }
        return highest + 1;
    }
}
