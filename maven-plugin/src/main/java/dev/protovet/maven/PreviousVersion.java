package dev.protovet.maven;

import java.util.Collection;
import java.util.Optional;
import org.apache.maven.artifact.ArtifactUtils;
import org.apache.maven.artifact.versioning.ComparableVersion;

/** japicmp's rule for the release to compare with: the highest non-SNAPSHOT version lower than the project's. */
final class PreviousVersion {
    private PreviousVersion() {
    }

    static Optional<String> select(Collection<String> available, String projectVersion) {
        ComparableVersion current = new ComparableVersion(projectVersion);
        return available.stream()
                .filter(v -> !ArtifactUtils.isSnapshot(v))
                .map(ComparableVersion::new)
                .filter(v -> v.compareTo(current) < 0)
                .max(ComparableVersion::compareTo)
                .map(ComparableVersion::toString);
    }
}
