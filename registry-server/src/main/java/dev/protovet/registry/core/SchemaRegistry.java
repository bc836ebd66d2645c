package dev.protovet.registry.core;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.changes.Change;
import dev.protovet.engine.changes.Changelog;
import dev.protovet.engine.model.Image;
import dev.protovet.registry.schema.CompiledSchema;
import dev.protovet.registry.store.DataContract;
import dev.protovet.registry.store.Database;
import dev.protovet.registry.store.Reference;
import dev.protovet.registry.store.SchemaStore;
import dev.protovet.registry.store.SettingsStore;
import dev.protovet.registry.store.StoredSchema;
import dev.protovet.registry.store.SubjectStore;
import dev.protovet.registry.store.SubjectVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The registry's behaviour, behind every HTTP route: subjects, versions, ids, references and compatibility, with
 * Confluent Schema Registry's semantics. Stateless apart from a cache of immutable compiled schemas, so several
 * instances may share one database: ids and versions come from the database under its constraints and locks.
 */
public final class SchemaRegistry {
    public static final String PROTOBUF = "PROTOBUF";
    private static final int SCHEMA_CACHE_SIZE = 100_000;

    private final Jdbi jdbi;
    private final CompiledSchemas compiled = new CompiledSchemas();
    private final Settings settings = new Settings();
    private final Map<Integer, StoredSchema> byId = new ConcurrentHashMap<>();
    private final Map<Integer, MessageCodec> codecs = new ConcurrentHashMap<>();

    public SchemaRegistry(Database database) {
        this.jdbi = database.jdbi();
    }

    // ---- schemas by id -------------------------------------------------------------------------------------------

    /** The schema of an id. Ids never change content and are never removed, so they are cached once read. */
    public StoredSchema schema(int id) {
        StoredSchema cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        StoredSchema stored = jdbi.withHandle(h -> new SchemaStore(h).get(id))
                .orElseThrow(() -> RegistryException.schemaNotFound("Schema " + id + " not found"));
        if (byId.size() < SCHEMA_CACHE_SIZE) {
            byId.put(id, stored);
        }
        return stored;
    }

    /** The schema with its references' schemas, dependencies first (for descriptor sets); compiled once per id. */
    public CompiledSchema compiledSchema(int id) {
        return jdbi.withHandle(h -> compiled.schema(id, () -> schema(id), resolver(h)));
    }

    /** The highest schema id in use. */
    public int maxId() {
        return jdbi.withHandle(h -> new SchemaStore(h).maxId());
    }

    public List<String> subjectsOfSchema(int id, boolean deleted) {
        return versionsOfSchema(id, deleted).stream().map(SubjectVersion::subject).distinct().toList();
    }

    public List<SubjectVersion> versionsOfSchema(int id, boolean deleted) {
        return jdbi.withHandle(h -> {
            if (new SchemaStore(h).fingerprintOf(id).isEmpty()) {
                throw RegistryException.schemaNotFound("Schema " + id + " not found");
            }
            return new SubjectStore(h).versionsOfSchema(id).stream().filter(v -> deleted || !v.deleted()).toList();
        });
    }

    /** Every subject's versions as schemas (GET /schemas), optionally the latest of each subject only. */
    public List<RegisteredSchema> schemas(String subjectPrefix, boolean deleted, boolean latestOnly, int offset, int limit) {
        return jdbi.withHandle(h -> {
            SubjectStore subjects = new SubjectStore(h);
            SchemaStore schemas = new SchemaStore(h);
            List<RegisteredSchema> out = new ArrayList<>();
            for (String subject : subjects.subjects(subjectPrefix, deleted, false, 0, Integer.MAX_VALUE)) {
                List<SubjectVersion> versions = subjects.versions(subject).stream()
                        .filter(v -> deleted || !v.deleted()).toList();
                if (latestOnly && !versions.isEmpty()) {
                    versions = versions.subList(versions.size() - 1, versions.size());
                }
                for (SubjectVersion v : versions) {
                    out.add(registered(v, schemas.get(v.schemaId()).orElseThrow()));
                }
            }
            return Pages.of(out, offset, limit);
        });
    }

    // ---- subjects and versions -----------------------------------------------------------------------------------

    public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly, int offset, int limit) {
        return jdbi.withHandle(h -> new SubjectStore(h).subjects(prefix, deleted, deletedOnly, offset, limit));
    }

    public List<Integer> versions(String subject, boolean deleted, boolean deletedOnly) {
        return subjectVersions(subject, deleted, deletedOnly).stream().map(SubjectVersion::version).toList();
    }

    /** A subject's versions, oldest first: live ones, with soft-deleted ones too, or soft-deleted ones only. */
    public List<SubjectVersion> subjectVersions(String subject, boolean deleted, boolean deletedOnly) {
        return jdbi.withHandle(h -> {
            List<SubjectVersion> all = new SubjectStore(h).versions(subject);
            List<SubjectVersion> out = all.stream()
                    .filter(v -> deletedOnly ? v.deleted() : deleted || !v.deleted())
                    .toList();
            if (out.isEmpty() && (all.isEmpty() || !deleted && !deletedOnly)) {
                throw RegistryException.subjectNotFound(subject);
            }
            return out;
        });
    }

    /** The latest version whose metadata has every one of {@code properties} (GET /subjects/{s}/metadata). */
    public RegisteredSchema latestWithMetadata(String subject, Map<String, String> properties, boolean deleted) {
        List<SubjectVersion> versions = subjectVersions(subject, deleted, false);
        for (int i = versions.size() - 1; i >= 0; i--) {
            StoredSchema stored = schema(versions.get(i).schemaId());
            if (DataContracts.properties(stored.contract()).entrySet().containsAll(properties.entrySet())) {
                return registered(versions.get(i), stored);
            }
        }
        throw RegistryException.schemaNotFound("No version of subject '" + subject + "' has the metadata "
                + properties);
    }

    public RegisteredSchema version(String subject, VersionId version, boolean deleted) {
        return jdbi.withHandle(h -> {
            SubjectVersion v = find(new SubjectStore(h), subject, version, deleted);
            return registered(v, new SchemaStore(h).get(v.schemaId()).orElseThrow());
        });
    }

    /** The changes from version {@code from} to version {@code to} of a subject, breaking or not. */
    public List<Change> diff(String subject, VersionId from, VersionId to) {
        Image[] pair = images(subject, from, to);
        return Changelog.between(pair[0], pair[1]);
    }

    /** The images of two versions of a subject (soft-deleted ones included). */
    private Image[] images(String subject, VersionId from, VersionId to) {
        return jdbi.withHandle(h -> {
            SubjectStore subjects = new SubjectStore(h);
            SchemaStore schemas = new SchemaStore(h);
            int a = find(subjects, subject, from, true).schemaId();
            int b = find(subjects, subject, to, true).schemaId();
            return new Image[] {compiled.image(a, () -> schemas.get(a).orElseThrow(), resolver(h)),
                compiled.image(b, () -> schemas.get(b).orElseThrow(), resolver(h))};
        });
    }

    /** A page of subjects whose names contain {@code text}, each with its latest live version; and how many match. */
    public record SubjectPage(List<SubjectVersion> subjects, Map<String, CompatibilityLevel> levels, int total) {
    }

    /** A page of subjects with their latest versions and compatibility levels (for the web UI's list). */
    public SubjectPage latestVersions(String text, int offset, int limit) {
        return jdbi.withHandle(h -> {
            SubjectStore subjects = new SubjectStore(h);
            SettingsStore settingsStore = new SettingsStore(h);
            List<SubjectVersion> page = subjects.latestVersions(text, offset, limit);
            CompatibilityLevel global = settingsStore.config(SettingsStore.GLOBAL).map(SettingsStore.ConfigRow::level)
                    .map(CompatibilityLevel::parse).orElse(CompatibilityLevel.DEFAULT);
            Map<String, String> own = settingsStore.levels(page.stream().map(SubjectVersion::subject).toList());
            Map<String, CompatibilityLevel> levels = new HashMap<>();
            page.forEach(v -> levels.put(v.subject(), own.containsKey(v.subject())
                    ? CompatibilityLevel.parse(own.get(v.subject())) : global));
            return new SubjectPage(page, levels, subjects.countLive(text));
        });
    }

    /** The findings of the subject's rules from version {@code from} to version {@code to} (BACKWARD's direction). */
    public List<Finding> findings(String subject, VersionId from, VersionId to) {
        Image[] pair = images(subject, from, to);
        return BreakingCheck.run(pair[0], pair[1], CompatibilityChecker.rules(config(subject).rules()));
    }

    /** Reads and writes messages of a subject's version (binary protobuf and Confluent's framing to and from JSON). */
    public MessageCodec codec(int schemaId) {
        return codecs.computeIfAbsent(schemaId, id -> new MessageCodec(compiledSchema(id)));
    }

    public List<Integer> referencedBy(String subject, VersionId version) {
        return jdbi.withHandle(h -> {
            SubjectVersion v = find(new SubjectStore(h), subject, version, false);
            return new SchemaStore(h).referencedBy(subject, v.version());
        });
    }

    /** POST /subjects/{subject}: the live version of the subject that is this schema. */
    public RegisteredSchema lookup(String subject, SchemaRequest request, boolean normalize, boolean deleted) {
        CompiledSchema schema = jdbi.withHandle(h -> compile(h, subject, request, normalize || config(subject).normalize()));
        return jdbi.withHandle(h -> {
            SubjectStore subjects = new SubjectStore(h);
            List<SubjectVersion> versions = subjects.versions(subject).stream()
                    .filter(v -> deleted || !v.deleted()).toList();
            if (versions.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            List<Reference> references = resolveReferences(h, request);
            return versions.stream()
                    .filter(v -> sameSchema(schema(v.schemaId()), schema, references, request.contract()))
                    .reduce((a, b) -> b)
                    .map(v -> registered(v, schema(v.schemaId())))
                    .orElseThrow(() -> RegistryException.schemaNotFound("Schema not found"));
        });
    }

    /**
     * Registers a schema under a subject: the existing version when the subject already has it, else a new version
     * (highest ever + 1) after the compatibility check. The subject's row lock numbers concurrent registrations.
     */
    public RegisteredSchema register(String subject, SchemaRequest request, boolean normalize) {
        validateSubject(subject);
        Mode mode = mode(subject);
        requireWritable(subject, mode);
        if ((request.id() != null && request.id() >= 0 || request.version() != null && request.version() > 0)
                && mode != Mode.IMPORT) {
            throw RegistryException.notPermitted("Subject " + subject + " is not in import mode; "
                    + "an id or version cannot be chosen");
        }
        EffectiveConfig config = config(subject);
        boolean normalized = normalize || config.normalize();
        CompiledSchema schema = jdbi.withHandle(h -> compile(h, subject, request, normalized));
        Image candidate = CompiledSchemas.image(schema);
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            SubjectStore subjects = new SubjectStore(h);
            SchemaStore schemas = new SchemaStore(h);
            subjects.lock(subject);
            List<Reference> references = resolveReferences(h, request);
            List<SubjectVersion> versions = subjects.versions(subject);
            DataContract contract = request.contract().isEmpty() ? latestContract(versions) : request.contract();
            String fingerprint = fingerprint(schema, references, contract);
            Optional<Integer> existingId = schemas.idOf(fingerprint);
            if (existingId.isPresent() && (request.id() == null || request.id() < 0)) {
                Optional<SubjectVersion> same = versions.stream()
                        .filter(v -> !v.deleted() && v.schemaId() == existingId.get()).findFirst();
                if (same.isPresent()) {
                    return registered(same.get(), schemas.get(existingId.get()).orElseThrow());
                }
            }
            if (mode != Mode.IMPORT) {
                List<String> problems = CompatibilityChecker.check(candidate, earlier(h, versions), config,
                        fileName(subject));
                if (!problems.isEmpty()) {
                    throw RegistryException.incompatible(subject, problems);
                }
            }
            Integer explicitId = importedId(schemas, request, fingerprint);
            int id = schemas.idFor(fingerprint, PROTOBUF, SchemaFingerprint.sha256(schema.canonicalText()),
                    schema.canonicalText(), references, contract, explicitId);
            int version = nextVersion(subject, request, versions);
            subjects.insert(subject, version, id);
            return registered(subjects.version(subject, version).orElseThrow(), schemas.get(id).orElseThrow());
        });
    }

    /** Checks a schema against one version ({@code version} not null) or, per the subject's level, its versions. */
    public CompatibilityResult checkCompatibility(String subject, VersionId version, SchemaRequest request,
                                                  boolean normalize, boolean verbose) {
        EffectiveConfig config = config(subject);
        CompiledSchema schema;
        try {
            schema = jdbi.withHandle(h -> compile(h, subject, request, normalize || config.normalize()));
        } catch (RegistryException e) {
            if (verbose && e.errorCode() == 42201) {
                return new CompatibilityResult(false, List.of(e.getMessage()));
            }
            throw e;
        }
        Image candidate = CompiledSchemas.image(schema);
        return jdbi.withHandle(h -> {
            SubjectStore subjects = new SubjectStore(h);
            List<SubjectVersion> live = subjects.versions(subject).stream().filter(v -> !v.deleted()).toList();
            List<SubjectVersion> against;
            EffectiveConfig used = config;
            if (version == null) {
                against = live;
            } else if (version.latest() && live.isEmpty()) {
                return new CompatibilityResult(true, List.of());
            } else {
                against = List.of(find(subjects, subject, version, false));
                // against one version, a transitive level means the same as its plain form
                used = new EffectiveConfig(plain(config.level()), config.rules(), config.normalize());
            }
            List<String> messages = CompatibilityChecker.check(candidate, earlier(h, against), used,
                    fileName(subject));
            return new CompatibilityResult(messages.isEmpty(), verbose ? messages : List.of());
        });
    }

    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            requireWritable(subject, mode(subject));
            SubjectStore subjects = new SubjectStore(h);
            List<SubjectVersion> all = subjects.versions(subject);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            subjects.lock(subject);
            List<SubjectVersion> live = all.stream().filter(v -> !v.deleted()).toList();
            if (permanent && !live.isEmpty()) {
                throw RegistryException.subjectNotSoftDeleted(subject);
            }
            if (!permanent && live.isEmpty()) {
                throw RegistryException.subjectSoftDeleted(subject);
            }
            List<SubjectVersion> targets = permanent ? all : live;
            for (SubjectVersion v : targets) {
                refuseIfReferenced(new SchemaStore(h), subject, v.version());
            }
            for (SubjectVersion v : targets) {
                if (permanent) {
                    subjects.hardDelete(subject, v.version());
                } else {
                    subjects.softDelete(subject, v.version());
                }
            }
            if (permanent) {
                new SettingsStore(h).deleteConfig(subject);
                new SettingsStore(h).deleteMode(subject);
            }
            return targets.stream().map(SubjectVersion::version).toList();
        });
    }

    public int deleteVersion(String subject, VersionId version, boolean permanent) {
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            requireWritable(subject, mode(subject));
            SubjectStore subjects = new SubjectStore(h);
            SubjectVersion v = version.latest() ? find(subjects, subject, version, false)
                    : find(subjects, subject, version, true);
            subjects.lock(subject);
            if (permanent && !v.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, v.version());
            }
            if (!permanent && v.deleted()) {
                throw RegistryException.versionSoftDeleted(subject, v.version());
            }
            refuseIfReferenced(new SchemaStore(h), subject, v.version());
            if (permanent) {
                subjects.hardDelete(subject, v.version());
            } else {
                subjects.softDelete(subject, v.version());
            }
            return v.version();
        });
    }

    // ---- config and mode -----------------------------------------------------------------------------------------

    public Settings settings() {
        return settings;
    }

    /** The config that applies to a subject: its own, else the global one, else the defaults. */
    public EffectiveConfig config(String subject) {
        return settings.effectiveConfig(subject);
    }

    /** The mode that applies to a subject: its own, else the global one, else READWRITE. */
    public Mode mode(String subject) {
        return settings.effectiveMode(subject);
    }

    /** Global and per-subject compatibility configs and modes. */
    public final class Settings {
        public Optional<SettingsStore.ConfigRow> config(String scope) {
            return jdbi.withHandle(h -> new SettingsStore(h).config(scope));
        }

        public void putConfig(String scope, SettingsStore.ConfigRow row) {
            if (!scope.isEmpty()) {
                validateSubject(scope);
            }
            if (row.rules() != null) {
                CompatibilityChecker.rules(List.of(row.rules().split(",")));
            }
            jdbi.useTransaction(h -> new SettingsStore(h).putConfig(scope, row));
        }

        public Optional<SettingsStore.ConfigRow> deleteConfig(String scope) {
            return jdbi.inTransaction(h -> {
                SettingsStore store = new SettingsStore(h);
                Optional<SettingsStore.ConfigRow> old = store.config(scope);
                store.deleteConfig(scope);
                return old;
            });
        }

        public Optional<String> mode(String scope) {
            return jdbi.withHandle(h -> new SettingsStore(h).mode(scope));
        }

        public void putMode(String scope, Mode mode, boolean force) {
            if (!scope.isEmpty()) {
                validateSubject(scope);
            }
            jdbi.useTransaction(h -> {
                if (mode == Mode.IMPORT && !force) {
                    boolean empty = scope.isEmpty()
                            ? new SubjectStore(h).subjects("", true, false, 0, 1).isEmpty()
                            : new SubjectStore(h).versions(scope).isEmpty();
                    if (!empty) {
                        throw RegistryException.notPermitted("Cannot import since found existing subjects");
                    }
                }
                new SettingsStore(h).putMode(scope, mode.name());
            });
        }

        /** Removes a scope's own mode (and, for the global scope with {@code recursive}, every subject's); the old one. */
        public Optional<String> deleteMode(String scope, boolean recursive) {
            return jdbi.inTransaction(h -> {
                SettingsStore store = new SettingsStore(h);
                Optional<String> old = store.mode(scope);
                if (recursive && scope.equals(SettingsStore.GLOBAL)) {
                    store.deleteAllModes();
                }
                store.deleteMode(scope);
                return old;
            });
        }

        EffectiveConfig effectiveConfig(String subject) {
            return jdbi.withHandle(h -> {
                SettingsStore store = new SettingsStore(h);
                Optional<SettingsStore.ConfigRow> own = subject == null ? Optional.empty() : store.config(subject);
                Optional<SettingsStore.ConfigRow> global = store.config(SettingsStore.GLOBAL);
                String level = own.map(SettingsStore.ConfigRow::level)
                        .orElse(global.map(SettingsStore.ConfigRow::level).orElse(null));
                String rules = own.map(SettingsStore.ConfigRow::rules)
                        .orElse(global.map(SettingsStore.ConfigRow::rules).orElse(null));
                Boolean normalize = own.map(SettingsStore.ConfigRow::normalize)
                        .orElse(global.map(SettingsStore.ConfigRow::normalize).orElse(null));
                return new EffectiveConfig(level == null ? CompatibilityLevel.DEFAULT : CompatibilityLevel.parse(level),
                        rules == null ? EffectiveConfig.DEFAULT_RULES : List.of(rules.split(",")),
                        Boolean.TRUE.equals(normalize));
            });
        }

        Mode effectiveMode(String subject) {
            return jdbi.withHandle(h -> {
                SettingsStore store = new SettingsStore(h);
                return store.mode(subject).or(() -> store.mode(SettingsStore.GLOBAL)).map(Mode::parse)
                        .orElse(Mode.READWRITE);
            });
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private CompiledSchema compile(Handle h, String subject, SchemaRequest request, boolean normalize) {
        String type = request.schemaType() == null ? "AVRO" : request.schemaType();
        if (!PROTOBUF.equals(type)) {
            throw RegistryException.invalidSchema("schemaType " + type + " is not supported; this registry holds "
                    + "PROTOBUF schemas only");
        }
        if (request.schema() == null || request.schema().isBlank()) {
            throw RegistryException.invalidSchema("the request has no schema");
        }
        return compiled.compile(fileName(subject), request.schema(), resolveReferences(h, request), normalize,
                resolver(h));
    }

    /** The references with {@code latest} / -1 versions pinned to the version they mean now. */
    private List<Reference> resolveReferences(Handle h, SchemaRequest request) {
        SubjectStore subjects = new SubjectStore(h);
        List<Reference> out = new ArrayList<>();
        for (Reference r : request.references()) {
            if (r.name() == null || r.subject() == null) {
                throw RegistryException.invalidSchema("a reference needs a name and a subject: " + r);
            }
            SubjectVersion v = findReference(subjects, r);
            out.add(new Reference(r.name(), r.subject(), v.version()));
        }
        return out;
    }

    private CompiledSchemas.ReferenceResolver resolver(Handle h) {
        SubjectStore subjects = new SubjectStore(h);
        SchemaStore schemas = new SchemaStore(h);
        return r -> schemas.get(findReference(subjects, r).schemaId()).orElseThrow();
    }

    private static SubjectVersion findReference(SubjectStore subjects, Reference r) {
        try {
            return find(subjects, r.subject(), r.version() <= 0 ? VersionId.LATEST : new VersionId(r.version()), true);
        } catch (RegistryException e) {
            throw RegistryException.invalidSchema("reference \"" + r.name() + "\" names subject '" + r.subject()
                    + "' version " + (r.version() <= 0 ? "latest" : r.version()) + ", which does not exist");
        }
    }

    private List<CompatibilityChecker.Earlier> earlier(Handle h, List<SubjectVersion> versions) {
        SchemaStore schemas = new SchemaStore(h);
        CompiledSchemas.ReferenceResolver resolver = resolver(h);
        return versions.stream()
                .filter(v -> !v.deleted())
                .sorted(Comparator.comparingInt(SubjectVersion::version).reversed())
                .map(v -> new CompatibilityChecker.Earlier(v.version(),
                        compiled.image(v.schemaId(), () -> schemas.get(v.schemaId()).orElseThrow(), resolver)))
                .toList();
    }

    private static String fingerprint(CompiledSchema schema, List<Reference> references, DataContract contract) {
        return SchemaFingerprint.of(PROTOBUF, schema.canonicalText(), references, contract);
    }

    /**
     * What a schema sent without metadata or rule set carries, as in Confluent: the latest live version's, so a
     * serializer that auto-registers keeps the rules an owner registered before it.
     */
    private DataContract latestContract(List<SubjectVersion> versions) {
        return versions.stream().filter(v -> !v.deleted()).reduce((a, b) -> b)
                .map(v -> schema(v.schemaId()).contract()).orElse(DataContract.NONE);
    }

    /** Whether a stored schema is the one asked for; a request without a contract matches any contract. */
    private static boolean sameSchema(StoredSchema stored, CompiledSchema asked, List<Reference> references,
                                      DataContract contract) {
        return stored.text().equals(asked.canonicalText()) && stored.references().equals(references)
                && (contract.isEmpty() || stored.contract().equals(contract));
    }

    private static Integer importedId(SchemaStore schemas, SchemaRequest request, String fingerprint) {
        if (request.id() == null || request.id() < 0) {
            return null;
        }
        Optional<String> taken = schemas.fingerprintOf(request.id());
        if (taken.isPresent() && !taken.get().equals(fingerprint)) {
            throw RegistryException.idMismatch("Overwrite new schema with id " + request.id()
                    + " is not permitted: the id belongs to a different schema");
        }
        Optional<Integer> existing = schemas.idOf(fingerprint);
        if (existing.isPresent() && existing.get() != request.id().intValue()) {
            throw RegistryException.idMismatch("Schema already registered with id " + existing.get()
                    + " instead of input id " + request.id());
        }
        return request.id();
    }

    private static int nextVersion(String subject, SchemaRequest request, List<SubjectVersion> versions) {
        int highest = versions.stream().mapToInt(SubjectVersion::version).max().orElse(0);
        if (request.version() != null && request.version() > 0) {
            if (versions.stream().anyMatch(v -> v.version() == request.version())) {
                throw RegistryException.idMismatch("Version " + request.version() + " of subject '" + subject
                        + "' already exists");
            }
            return request.version();
        }
        return highest + 1;
    }

    private static SubjectVersion find(SubjectStore subjects, String subject, VersionId version, boolean deleted) {
        List<SubjectVersion> all = subjects.versions(subject);
        List<SubjectVersion> visible = all.stream().filter(v -> deleted || !v.deleted()).toList();
        if (visible.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if (version.latest()) {
            return visible.get(visible.size() - 1);
        }
        return visible.stream().filter(v -> v.version() == version.number()).findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(subject, version.number()));
    }

    private static void refuseIfReferenced(SchemaStore schemas, String subject, int version) {
        List<Integer> by = schemas.referencedBy(subject, version);
        if (!by.isEmpty()) {
            throw RegistryException.referenceExists("One or more references exist to the schema {subject=" + subject
                    + ", version=" + version + "}: schema ids " + by);
        }
    }

    private static void requireWritable(String subject, Mode mode) {
        if (mode.readOnly()) {
            throw RegistryException.notPermitted("Subject " + subject + " is in read-only mode");
        }
    }

    /** The path a subject's schema has in findings and descriptor sets: the subject itself when it is an import path. */
    public static String fileName(String subject) {
        String safe = subject.replaceAll("[^A-Za-z0-9._/-]", "_");
        return safe.endsWith(".proto") ? safe : safe + ".proto";
    }

    private static CompatibilityLevel plain(CompatibilityLevel level) {
        return level.transitive() ? CompatibilityLevel.valueOf(level.name().replace("_TRANSITIVE", "")) : level;
    }

    private static void validateSubject(String subject) {
        if (subject == null || subject.isBlank() || subject.chars().anyMatch(c -> c < 0x20)) {
            throw RegistryException.invalidSubject(subject);
        }
    }

    private static RegisteredSchema registered(SubjectVersion v, StoredSchema s) {
        return new RegisteredSchema(v.subject(), v.version(), s.id(), s.schemaType(), s.text(), s.references(),
                s.contract(), v.deleted(), v.registeredAt().toEpochMilli());
    }
}
