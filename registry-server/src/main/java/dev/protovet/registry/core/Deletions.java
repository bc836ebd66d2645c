package dev.protovet.registry.core;

import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.store.Stores;
import java.util.List;

/**
 * Soft and permanent deletes of subjects and versions, each one transaction under the subject's lock, with the
 * mode read through that transaction. A version another schema references cannot be deleted.
 */
public final class Deletions {
    private final Transactions tx;
    private final Settings settings;

    Deletions(Transactions tx, Settings settings) {
        this.tx = tx;
        this.settings = settings;
    }

    /** Deletes a subject's live versions (soft), or all of them once soft-deleted (permanent); the versions deleted. */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return tx.write(s -> {
            List<SubjectVersion> all = s.subjects().versions(subject);
            if (all.isEmpty()) {
                throw RegistryException.subjectNotFound(subject);
            }
            s.subjects().lock(subject);
            requireWritable(subject, settings.effectiveMode(s, subject));
            all = s.subjects().versions(subject);
            List<SubjectVersion> live = all.stream().filter(v -> !v.deleted()).toList();
            if (permanent && !live.isEmpty()) {
                throw RegistryException.subjectNotSoftDeleted(subject);
            }
            if (!permanent && live.isEmpty()) {
                throw RegistryException.subjectSoftDeleted(subject);
            }
            List<SubjectVersion> targets = permanent ? all : live;
            for (SubjectVersion v : targets) {
                refuseIfReferenced(s, subject, v.version());
            }
            for (SubjectVersion v : targets) {
                delete(s, subject, v.version(), permanent);
            }
            if (permanent) {
                s.settings().deleteConfig(subject);
                s.settings().deleteMode(subject);
            }
            return targets.stream().map(SubjectVersion::version).toList();
        });
    }

    /** Deletes one version (soft), or a soft-deleted one (permanent); the version deleted. */
    public int deleteVersion(String subject, VersionId version, boolean permanent) {
        return tx.write(s -> {
            s.subjects().lock(subject);
            requireWritable(subject, settings.effectiveMode(s, subject));
            SubjectVersion v = VersionLookup.find(s.subjects(), subject, version, !version.latest());
            if (permanent && !v.deleted()) {
                throw RegistryException.versionNotSoftDeleted(subject, v.version());
            }
            if (!permanent && v.deleted()) {
                throw RegistryException.versionSoftDeleted(subject, v.version());
            }
            refuseIfReferenced(s, subject, v.version());
            delete(s, subject, v.version(), permanent);
            return v.version();
        });
    }

    /** Refuses (42205) a change to a subject whose mode is read-only. */
    static void requireWritable(String subject, Mode mode) {
        if (mode.readOnly()) {
            throw RegistryException.notPermitted("Subject " + subject + " is in read-only mode");
        }
    }

    private static void delete(Stores s, String subject, int version, boolean permanent) {
        if (permanent) {
            s.subjects().hardDelete(subject, version);
        } else {
            s.subjects().softDelete(subject, version);
        }
    }

    private static void refuseIfReferenced(Stores s, String subject, int version) {
        List<Integer> by = s.schemas().referencedBy(subject, version);
        if (!by.isEmpty()) {
            throw RegistryException.referenceExists("One or more references exist to the schema {subject=" + subject
                    + ", version=" + version + "}: schema ids " + by);
        }
    }
}
