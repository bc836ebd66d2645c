package dev.protovet.registry.store;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.StoredSchema;
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

    public Optional<Integer> idOf(String fingerprint) {
        return handle.createQuery("SELECT id FROM schemas WHERE fingerprint = :f")
                .bind("f", fingerprint).mapTo(Integer.class).findOne();
    }

    public Optional<String> fingerprintOf(int id) {
        return handle.createQuery("SELECT fingerprint FROM schemas WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne();
    }

    /**
     * The id of this schema, creating it when new. Concurrent callers with the same fingerprint get one id: the
     * insert that loses the race on the unique fingerprint does nothing, and both read the winner's row.
     *
     * @param explicitId an id the client chose (IMPORT mode), or null to draw one from the sequence
     */
    public int idFor(String fingerprint, String schemaType, String sha256, String text, List<Reference> references,
                     DataContract contract, Integer explicitId) {
        Optional<Integer> existing = idOf(fingerprint);
        if (existing.isPresent()) {
            return existing.get();
        }
        handle.createUpdate("INSERT INTO schema_contents (sha256, schema_text) VALUES (:sha, :text) ON CONFLICT DO NOTHING")
                .bind("sha", sha256).bind("text", text).execute();
        int id = explicitId != null ? explicitId : unusedId();
        int inserted = handle.createUpdate("""
                        INSERT INTO schemas (id, fingerprint, schema_type, content_sha256, created_at, metadata, rule_set)
                        VALUES (:id, :f, :type, :sha, :now, :metadata, :ruleSet) ON CONFLICT DO NOTHING""")
                .bind("id", id).bind("f", fingerprint).bind("type", schemaType).bind("sha", sha256)
                .bind("now", OffsetDateTime.now()).bind("metadata", contract.metadata())
                .bind("ruleSet", contract.ruleSet()).execute();
        if (inserted == 1) {
            for (int i = 0; i < references.size(); i++) {
                Reference r = references.get(i);
                handle.createUpdate("""
                                INSERT INTO schema_references (schema_id, position, name, subject, version)
                                VALUES (:id, :pos, :name, :subject, :version)""")
                        .bind("id", id).bind("pos", i).bind("name", r.name()).bind("subject", r.subject())
                        .bind("version", r.version()).execute();
            }
        }
        return idOf(fingerprint).orElseThrow(() -> new IllegalStateException("id " + id + " is taken by another schema"));
    }

    /** A fresh id from the sequence, skipping ids a client chose in IMPORT mode. */
    private int unusedId() {
        while (true) {
            int id = handle.createQuery("SELECT nextval('schema_ids')").mapTo(Integer.class).one();
            if (get(id).isEmpty()) {
                return id;
            }
        }
    }

    public Optional<StoredSchema> get(int id) {
        Optional<String[]> row = handle.createQuery("""
                        SELECT s.schema_type, c.schema_text, s.metadata, s.rule_set FROM schemas s
                        JOIN schema_contents c ON c.sha256 = s.content_sha256 WHERE s.id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .findOne();
        return row.map(r -> new StoredSchema(id, r[0], r[1], references(id), new DataContract(r[2], r[3])));
    }

    /** The schemas of these ids that exist, read in two queries whatever their number. */
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
        handle.createQuery("""
                        SELECT s.id, s.schema_type, c.schema_text, s.metadata, s.rule_set FROM schemas s
                        JOIN schema_contents c ON c.sha256 = s.content_sha256 WHERE s.id IN (<ids>)""")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> new StoredSchema(rs.getInt(1), rs.getString(2), rs.getString(3),
                        references.getOrDefault(rs.getInt(1), List.of()), new DataContract(rs.getString(4), rs.getString(5))))
                .forEach(schema -> out.put(schema.id(), schema));
        return out;
    }

    public List<Reference> references(int id) {
        return handle.createQuery("""
                        SELECT name, subject, version FROM schema_references
                        WHERE schema_id = :id ORDER BY position""")
                .bind("id", id)
                .map((rs, ctx) -> new Reference(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /** Every schema, oldest id first, paged (for GET /schemas). */
    public List<Integer> ids(int offset, int limit) {
        return handle.createQuery("SELECT id FROM schemas ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).mapTo(Integer.class).list();
    }

    /** Ids of schemas with a live version that reference {@code subject} at {@code version}. */
    public List<Integer> referencedBy(String subject, int version) {
        return handle.createQuery("""
                        SELECT DISTINCT r.schema_id FROM schema_references r
                        WHERE r.subject = :subject AND r.version = :version
                          AND EXISTS (SELECT 1 FROM subject_versions v
                                      WHERE v.schema_id = r.schema_id AND NOT v.deleted)
                        ORDER BY r.schema_id""")
                .bind("subject", subject).bind("version", version).mapTo(Integer.class).list();
    }

    public int maxId() {
        return handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM schemas").mapTo(Integer.class).one();
    }
}
