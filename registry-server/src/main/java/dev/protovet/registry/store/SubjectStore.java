package dev.protovet.registry.store;

import dev.protovet.registry.model.SubjectVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Subjects and their numbered versions. */
public final class SubjectStore {
    private static final String COLUMNS = "subject, version, schema_id, deleted, registered_at";
    private final Handle handle;

    public SubjectStore(Handle handle) {
        this.handle = handle;
    }

    /**
     * Takes the subject's lock for the rest of the transaction, creating its row first if needed, so that
     * registrations of one subject (from any server instance) are numbered one at a time; returns the highest
     * version the subject has ever had (permanently deleted ones included), 0 for a new subject.
     */
    public int lock(String subject) {
        Optional<Integer> highest = lockedRow(subject);
        if (highest.isPresent()) {
            return highest.get();
        }
        handle.createUpdate("INSERT INTO subjects (name, created_at) VALUES (:s, :now) ON CONFLICT DO NOTHING")
                .bind("s", subject).bind("now", OffsetDateTime.now()).execute();
        return lockedRow(subject).orElseThrow();
    }

    private Optional<Integer> lockedRow(String subject) {
        return handle.createQuery("SELECT max_version FROM subjects WHERE name = :s FOR UPDATE")
                .bind("s", subject).mapTo(Integer.class).findOne();
    }

    /** All versions of the subject, soft-deleted ones included, oldest first. */
    public List<SubjectVersion> versions(String subject) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM subject_versions WHERE subject = :s ORDER BY version")
                .bind("s", subject).map(SubjectStore::row).list();
    }

    public Optional<SubjectVersion> version(String subject, int version) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM subject_versions WHERE subject = :s AND version = :v")
                .bind("s", subject).bind("v", version).map(SubjectStore::row).findOne();
    }

    /** Every version that is this schema id, in any subject. */
    public List<SubjectVersion> versionsOfSchema(int schemaId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM subject_versions WHERE schema_id = :id ORDER BY subject, version")
                .bind("id", schemaId).map(SubjectStore::row).list();
    }

    /**
     * The subjects with a live version (with {@code deleted}: with any version; with {@code deletedOnly}: with
     * soft-deleted versions only), sorted, paged in the database.
     */
    public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly, int offset, int limit) {
        String live = "EXISTS (SELECT 1 FROM subject_versions v WHERE v.subject = s.name AND NOT v.deleted)";
        String any = "EXISTS (SELECT 1 FROM subject_versions v WHERE v.subject = s.name)";
        String which = deletedOnly ? any + " AND NOT " + live : deleted ? any : live;
        return handle.createQuery("SELECT s.name FROM subjects s WHERE s.name LIKE :prefix ESCAPE '\\' AND " + which
                        + " ORDER BY s.name LIMIT :limit OFFSET :offset")
                .bind("prefix", likePrefix(prefix)).bind("limit", limit).bind("offset", offset)
                .mapTo(String.class).list();
    }

    /**
     * A page of every subject's versions, by subject then version (GET /schemas): live ones, or with {@code deleted}
     * soft-deleted ones too; with {@code latestOnly}, the latest of those per subject.
     */
    public List<SubjectVersion> versionsPage(String prefix, boolean deleted, boolean latestOnly, int offset, int limit) {
        String visible = deleted ? "" : " AND NOT w.deleted";
        String latest = latestOnly ? " AND v.version = (SELECT MAX(w.version) FROM subject_versions w "
                + "WHERE w.subject = v.subject" + visible + ")" : "";
        return handle.createQuery("SELECT " + COLUMNS + " FROM subject_versions v WHERE v.subject LIKE :prefix ESCAPE '\\'"
                        + (deleted ? "" : " AND NOT v.deleted") + latest
                        + " ORDER BY v.subject, v.version LIMIT :limit OFFSET :offset")
                .bind("prefix", likePrefix(prefix)).bind("limit", limit).bind("offset", offset)
                .map(SubjectStore::row).list();
    }

    /** Subjects whose name contains {@code text}, each with its latest live version, sorted and paged. */
    public List<SubjectVersion> latestVersions(String text, int offset, int limit) {
        return handle.createQuery("""
                        SELECT v.subject, v.version, v.schema_id, v.deleted, v.registered_at
                        FROM subject_versions v
                        JOIN (SELECT subject, MAX(version) AS version FROM subject_versions
                              WHERE NOT deleted AND subject LIKE :text ESCAPE '\\'
                              GROUP BY subject ORDER BY subject LIMIT :limit OFFSET :offset) latest
                          ON v.subject = latest.subject AND v.version = latest.version
                        ORDER BY v.subject""")
                .bind("text", "%" + likePrefix(text)).bind("limit", limit).bind("offset", offset)
                .map(SubjectStore::row).list();
    }

    /** How many subjects with a live version contain {@code text}. */
    public int countLive(String text) {
        return handle.createQuery("SELECT COUNT(DISTINCT subject) FROM subject_versions "
                        + "WHERE NOT deleted AND subject LIKE :text ESCAPE '\\'")
                .bind("text", "%" + likePrefix(text)).mapTo(Integer.class).one();
    }

    /** Adds a version (the subject's row must exist: {@link #lock} creates it) and raises its highest version. */
    public void insert(String subject, int version, int schemaId, Instant registeredAt) {
        handle.createUpdate("""
                        INSERT INTO subject_versions (subject, version, schema_id, deleted, registered_at)
                        VALUES (:s, :v, :id, FALSE, :at)""")
                .bind("s", subject).bind("v", version).bind("id", schemaId)
                .bind("at", OffsetDateTime.ofInstant(registeredAt, ZoneOffset.UTC))
                .execute();
        handle.createUpdate("UPDATE subjects SET max_version = GREATEST(max_version, :v) WHERE name = :s")
                .bind("s", subject).bind("v", version).execute();
    }

    public void softDelete(String subject, int version) {
        handle.createUpdate("UPDATE subject_versions SET deleted = TRUE WHERE subject = :s AND version = :v")
                .bind("s", subject).bind("v", version).execute();
    }

    public void hardDelete(String subject, int version) {
        handle.createUpdate("DELETE FROM subject_versions WHERE subject = :s AND version = :v")
                .bind("s", subject).bind("v", version).execute();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static SubjectVersion row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SubjectVersion(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }
}
