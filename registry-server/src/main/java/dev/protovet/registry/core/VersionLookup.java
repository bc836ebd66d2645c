package dev.protovet.registry.core;

import dev.protovet.registry.model.SubjectVersion;
import dev.protovet.registry.store.SubjectStore;
import java.util.List;

/** Finds a subject's version as a route names it: a number or {@code latest}, soft-deleted ones included or not. */
final class VersionLookup {
    private VersionLookup() {
    }

    static SubjectVersion find(SubjectStore subjects, String subject, VersionId version, boolean deleted) {
        List<SubjectVersion> visible = subjects.versions(subject).stream().filter(v -> deleted || !v.deleted()).toList();
        if (visible.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        if (version.latest()) {
            return visible.get(visible.size() - 1);
        }
        return visible.stream().filter(v -> v.version() == version.number()).findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(subject, version.number()));
    }
}
