package dev.protovet.registry.core;

import dev.protovet.engine.model.Image;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.schema.CompiledSchema;
import java.util.List;

/** Would a schema be accepted (POST /compatibility/...): checked on one database handle, nothing written. */
public final class CompatibilityChecks {
    private final Transactions tx;
    private final Settings settings;
    private final RequestCompiler compiler;

    CompatibilityChecks(Transactions tx, Settings settings, RequestCompiler compiler) {
        this.tx = tx;
        this.settings = settings;
        this.compiler = compiler;
    }

    /**
     * Checks a schema against one version ({@code version} not null) or, per the subject's level, its versions;
     * with {@code verbose}, an invalid schema is an incompatible answer with the reason instead of a 42201.
     */
    public CompatibilityResult check(String subject, VersionId version, SchemaRequest request, boolean normalize,
                                     boolean verbose) {
        return tx.read(s -> {
            EffectiveConfig config = settings.effectiveConfig(s, subject);
            CompiledSchema schema;
            try {
                List<Reference> references = compiler.resolveReferences(s, subject, request);
                schema = compiler.compile(s, subject, request, references, normalize || config.normalize());
            } catch (RegistryException e) {
                if (verbose && e.errorCode() == 42201) {
                    return new CompatibilityResult(false, List.of(e.getMessage()), true);
                }
                throw e;
            }
            Image candidate = CompiledSchemas.image(schema);
            List<SubjectVersion> live = s.subjects().versions(subject).stream().filter(v -> !v.deleted()).toList();
            List<SubjectVersion> against;
            EffectiveConfig used = config;
            if (version == null) {
                against = live;
            } else if (version.latest() && live.isEmpty()) {
                return new CompatibilityResult(true, List.of());
            } else {
                against = List.of(VersionLookup.find(s.subjects(), subject, version, false));
                // against one version, a transitive level means the same as its plain form
                used = new EffectiveConfig(config.level().plain(), config.rules(), config.normalize());
            }
            List<String> messages = CompatibilityChecker.check(candidate, compiler.earlier(s, against), used,
                    Subjects.fileName(subject));
            return new CompatibilityResult(messages.isEmpty(), verbose ? messages : List.of());
        });
    }
}
