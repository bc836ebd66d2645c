package dev.protovet.registry.core;

import dev.protovet.registry.store.Database;
import java.util.List;

/**
 * The registry's behaviour behind every HTTP route, one class per job: schema reads, subject reads, registrations,
 * compatibility checks, deletions, settings, diffs and message codecs. Stateless apart from caches of immutable
 * data, so several instances may share one database: ids and versions come from the database under its
 * constraints and locks.
 */
public record Registry(SchemaReads schemas, SubjectReads subjects, Registrations registrations,
                       CompatibilityChecks compatibility, Deletions deletions, Settings settings, VersionDiffs diffs,
                       MessageCodecs codecs, Caches caches, Transactions transactions) {

    /** The registry over {@code database}, with these cache limits and default compatibility rules. */
    public static Registry open(Database database, Caches.Limits limits, List<String> defaultRules) {
        Transactions tx = new Transactions(database);
        Caches caches = new Caches(limits);
        Settings settings = new Settings(tx, defaultRules);
        StoredSchemas stored = new StoredSchemas(tx, caches);
        RequestCompiler compiler = new RequestCompiler(stored, new CompiledSchemas(caches));
        SchemaReads schemas = new SchemaReads(tx, stored, compiler);
        return new Registry(schemas, new SubjectReads(tx, settings, stored, compiler),
                new Registrations(tx, settings, stored, compiler), new CompatibilityChecks(tx, settings, compiler),
                new Deletions(tx, settings), settings, new VersionDiffs(tx, settings, compiler),
                new MessageCodecs(schemas, caches), caches, tx);
    }

    /** With the default caches and rules (CSR). */
    public static Registry open(Database database) {
        return open(database, Caches.Limits.defaults(), EffectiveConfig.DEFAULT_RULES);
    }
}
