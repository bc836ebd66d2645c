package dev.protovet.registry.core;

import dev.protovet.registry.model.SchemaKey;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.schema.CompiledSchema;
import java.util.List;
import java.util.Map;

/** Schemas by id: their content, compiled form, the subjects and versions that are them, and the list of all. */
public final class SchemaReads {
    private final Transactions tx;
    private final StoredSchemas stored;
    private final RequestCompiler compiler;

    SchemaReads(Transactions tx, StoredSchemas stored, RequestCompiler compiler) {
        this.tx = tx;
        this.stored = stored;
        this.compiler = compiler;
    }

    /** The schema clients call {@code key}; 40403 when there is none. */
    public StoredSchema schema(SchemaKey key) {
        return stored.get(key);
    }

    /** The schema of row {@code storedId} with its references' schemas, dependencies first; compiled once. */
    public CompiledSchema compiled(int storedId) {
        return tx.read(s -> compiler.compiled(s, storedId));
    }

    /** The highest schema id in use in a context. */
    public int maxId(String context) {
        return tx.read(s -> s.schemas().maxId(context));
    }

    public List<String> subjectsOf(SchemaKey key, boolean deleted) {
        return versionsOf(key, deleted).stream().map(SubjectVersion::subject).distinct().toList();
    }

    public List<SubjectVersion> versionsOf(SchemaKey key, boolean deleted) {
        return tx.read(s -> {
            StoredSchema schema = stored.get(s, key);
            return s.subjects().versionsOfSchema(schema.id()).stream().filter(v -> deleted || !v.deleted()).toList();
        });
    }

    /** The schema of a GUID (in the first context that holds it); 40403 when there is none. */
    public StoredSchema byGuid(String guid) {
        return tx.read(s -> {
            List<SchemaKey> keys = s.schemas().keysOfGuid(guid);
            if (keys.isEmpty()) {
                throw RegistryException.schemaNotFound("Schema with GUID " + guid + " not found");
            }
            SchemaKey first = keys.stream().filter(SchemaKey::defaultContext).findFirst().orElse(keys.get(0));
            return stored.get(s, first);
        });
    }

    /** Every context and id a GUID's schema has (GET /schemas/guids/{guid}/ids). */
    public List<SchemaKey> keysOf(String guid) {
        return tx.read(s -> s.schemas().keysOfGuid(guid));
    }

    /** The contexts that hold schemas, the default one first (GET /contexts). */
    public List<String> contexts() {
        return tx.read(s -> s.schemas().contexts());
    }

    /** A page of every subject's versions as schemas (GET /schemas), optionally the latest of each subject only. */
    public List<RegisteredSchema> list(String subjectPrefix, boolean deleted, boolean latestOnly, int offset, int limit) {
        return tx.read(s -> {
            List<SubjectVersion> page = s.subjects().versionsPage(subjectPrefix, deleted, latestOnly, Math.max(0, offset),
                    limit < 0 ? Integer.MAX_VALUE : limit);
            Map<Integer, StoredSchema> schemas = stored.getAll(s, page.stream().map(SubjectVersion::schemaId).toList());
            return page.stream().map(v -> RegisteredSchema.of(v, schemas.get(v.schemaId()))).toList();
        });
    }
}
