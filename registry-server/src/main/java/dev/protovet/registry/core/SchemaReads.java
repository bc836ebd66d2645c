package dev.protovet.registry.core;

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

    /** The schema of an id; 40403 when there is none. */
    public StoredSchema schema(int id) {
        return stored.get(id);
    }

    /** The schema with its references' schemas, dependencies first (for descriptor sets); compiled once per id. */
    public CompiledSchema compiled(int id) {
        return tx.read(s -> compiler.compiled(s, id));
    }

    /** The highest schema id in use. */
    public int maxId() {
        return tx.read(s -> s.schemas().maxId());
    }

    public List<String> subjectsOf(int id, boolean deleted) {
        return versionsOf(id, deleted).stream().map(SubjectVersion::subject).distinct().toList();
    }

    public List<SubjectVersion> versionsOf(int id, boolean deleted) {
        return tx.read(s -> {
            stored.get(s, id);
            return s.subjects().versionsOfSchema(id).stream().filter(v -> deleted || !v.deleted()).toList();
        });
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
