package dev.protovet.registry.store;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.SchemaKey;
import dev.protovet.registry.model.StoredSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Schema ids, their content (stored once by SHA-256) and their references. */
public final class SchemaStore {
    private final Handle handle;

    public SchemaStore(Handle handle) {
        this.handle = handle;
    }

    private static final String COLUMNS = "s.id, s.context, s.context_id, s.guid, s.schema_type, c.schema_text, "
            + "s.metadata, s.rule_set";

    /** The row id of the schema with this fingerprint (fingerprints of other contexts than the default differ). */
    public Optional<Integer> idOf(String fingerprint) {
        return handle.createQuery("SELECT id FROM schemas WHERE fingerprint = :f")
                .bind("f", fingerprint).mapTo(Integer.class).findOne();
    }

    /** The row id of the schema clients call {@code key}. */
    public Optional<Integer> rowOf(SchemaKey key) {
        if (key.defaultContext()) {
            return key.id() > 0 ? Optional.of(key.id()) : Optional.empty();
        }
        return handle.createQuery("SELECT id FROM schemas WHERE context = :c AND context_id = :id")
                .bind("c", key.context()).bind("id", key.id()).mapTo(Integer.class).findOne();
    }

    /** The fingerprint of the schema clients call {@code key}, if there is one. */
    public Optional<String> fingerprintOf(SchemaKey key) {
        return handle.createQuery("SELECT fingerprint FROM schemas WHERE context = :c AND context_id = :id")
                .bind("c", key.context()).bind("id", key.id()).mapTo(String.class).findOne();
    }

    /**
     * This schema in {@code context}, created when new. Ids are given under the context's row
     * lock, and the fingerprint is looked up again once the lock is held: a concurrent registration of the same
     * schema (in another subject) that committed while this one waited is found, not inserted twice.
     *
     * @param explicitId an id the client chose (IMPORT mode), or null to give the next one of the context
     * @param guid       the schema's GUID
     */
    public StoredSchema schemaFor(String fingerprint, String context, String guid, String schemaType, String sha256,
                                  String text, List<Reference> references, DataContract contract, Integer explicitId) {
        lockContext(context);
        Optional<Integer> existing = idOf(fingerprint);
        if (existing.isPresent()) {
            return get(existing.get()).orElseThrow();
        }
        handle.createUpdate("INSERT INTO schema_contents (sha256, schema_text) VALUES (:sha, :text) ON CONFLICT DO NOTHING")
                .bind("sha", sha256).bind("text", text).execute();
        // above every id the context has given, imported ones included (as Confluent goes on after an import)
        int contextId = explicitId != null ? explicitId : maxId(context) + 1;
        // other contexts' rows are negative, from a sequence of their own: they never take an id the default context
        // may be given, nor make it skip one
        int row = SchemaKey.DEFAULT_CONTEXT.equals(context) ? contextId
                : -handle.createQuery("SELECT nextval('context_schema_rows')").mapTo(Integer.class).one();
        handle.createUpdate("""
                        INSERT INTO schemas (id, fingerprint, schema_type, content_sha256, created_at, metadata, rule_set,
                                             context, context_id, guid)
                        VALUES (:id, :f, :type, :sha, :now, :metadata, :ruleSet, :context, :contextId, :guid)""")
                .bind("id", row).bind("f", fingerprint).bind("type", schemaType).bind("sha", sha256)
                .bind("now", OffsetDateTime.now()).bind("metadata", contract.metadata())
                .bind("ruleSet", contract.ruleSet()).bind("context", context).bind("contextId", contextId)
                .bind("guid", guid).execute();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            handle.createUpdate("""
                            INSERT INTO schema_references (schema_id, position, name, subject, version)
                            VALUES (:id, :pos, :name, :subject, :version)""")
                    .bind("id", row).bind("pos", i).bind("name", r.name()).bind("subject", r.subject())
                    .bind("version", r.version()).execute();
        }
        return new StoredSchema(row, context, contextId, guid, schemaType, text, List.copyOf(references), contract);
    }

    /** Takes the context's row lock for the rest of the transaction, creating the row first if needed. */
    public void lockContext(String context) {
        if (lockedContext(context)) {
            return;
        }
        handle.createUpdate("INSERT INTO contexts (name, created_at) VALUES (:c, :now) ON CONFLICT DO NOTHING")
                .bind("c", context).bind("now", OffsetDateTime.now()).execute();
        lockedContext(context);
    }

    private boolean lockedContext(String context) {
        return handle.createQuery("SELECT name FROM contexts WHERE name = :c FOR UPDATE").bind("c", context)
                .mapTo(String.class).findOne().isPresent();
    }

    /** The contexts that have held schemas, the default one included, sorted. */
    public List<String> contexts() {
        List<String> out = new ArrayList<>(handle.createQuery("SELECT name FROM contexts ORDER BY name")
                .mapTo(String.class).list());
        if (!out.contains(SchemaKey.DEFAULT_CONTEXT)) {
            out.add(0, SchemaKey.DEFAULT_CONTEXT);
        }
        return out;
    }

    /** The keys (context and id) of every schema with this GUID. */
    public List<SchemaKey> keysOfGuid(String guid) {
        return handle.createQuery("SELECT context, context_id FROM schemas WHERE guid = :g ORDER BY context, context_id")
                .bind("g", guid).map((rs, ctx) -> new SchemaKey(rs.getString(1), rs.getInt(2))).list();
    }

    /** The schema of row {@code id}. */
    public Optional<StoredSchema> get(int id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM schemas s JOIN schema_contents c "
                        + "ON c.sha256 = s.content_sha256 WHERE s.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> schema(rs, references(id)))
                .findOne();
    }

    /** The schemas of these rows that exist, read in two queries whatever their number. */
    public Map<Integer, StoredSchema> getAll(Collection<Integer> ids) {
        Map<Integer, StoredSchema> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Integer, List<Reference>> references = new HashMap<>();
        handle.createQuery("""
                        SELECT schema_id, name, subject, version FROM schema_references
                        WHERE schema_id IN (<ids>) ORDER BY schema_id, position""")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getInt(1), new Reference(rs.getString(2), rs.getString(3), rs.getInt(4))))
                .forEach(e -> references.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        handle.createQuery("SELECT " + COLUMNS + " FROM schemas s JOIN schema_contents c "
                        + "ON c.sha256 = s.content_sha256 WHERE s.id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> schema(rs, references.getOrDefault(rs.getInt(1), List.of())))
                .forEach(schema -> out.put(schema.id(), schema));
        return out;
    }

    private static StoredSchema schema(ResultSet rs, List<Reference> references) throws SQLException {
        return new StoredSchema(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4).trim(), rs.getString(5),
                rs.getString(6), references, new DataContract(rs.getString(7), rs.getString(8)));
    }

    public List<Reference> references(int id) {
        return handle.createQuery("""
                        SELECT name, subject, version FROM schema_references
                        WHERE schema_id = :id ORDER BY position""")
                .bind("id", id)
                .map((rs, ctx) -> new Reference(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** The ids (as clients see them) of schemas with a live version that reference {@code subject} at {@code version}. */
    public List<Integer> referencedBy(String subject, int version) {
        return handle.createQuery("""
                        SELECT DISTINCT s.context_id FROM schema_references r JOIN schemas s ON s.id = r.schema_id
                        WHERE r.subject = :subject AND r.version = :version
                          AND EXISTS (SELECT 1 FROM subject_versions v
                                      WHERE v.schema_id = r.schema_id AND NOT v.deleted)
                        ORDER BY s.context_id""")
                .bind("subject", subject).bind("version", version).mapTo(Integer.class).list();
    }

    /** The highest id clients see in a context. */
    public int maxId(String context) {
        return handle.createQuery("SELECT COALESCE(MAX(context_id), 0) FROM schemas WHERE context = :c")
                .bind("c", context).mapTo(Integer.class).one();
    }
}
