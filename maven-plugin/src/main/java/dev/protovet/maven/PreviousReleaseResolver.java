package dev.protovet.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/**
 * The baseline of a project's previous release, from the project's repositories and the local repository: the
 * descriptor set {@code protovet:descriptor-set} attached to it, else the .proto files inside its jar.
 */
final class PreviousReleaseResolver {
    static final String CLASSIFIER = "protoset";
    static final String TYPE = "binpb";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    PreviousReleaseResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /**
     * The previous release of {@code groupId:artifactId} ({@code pinned} when not null, else the highest release
     * below {@code projectVersion}); its .proto files, if it has no descriptor set, are extracted under {@code workDir}.
     */
    Baseline find(String groupId, String artifactId, String projectVersion, String pinned, Path workDir)
            throws MojoExecutionException {
        String coordinates = groupId + ":" + artifactId;
        Optional<String> version = pinned != null ? Optional.of(pinned) : latestBefore(groupId, artifactId, projectVersion);
        if (version.isEmpty()) {
            return Baseline.missing("no release of " + coordinates + " before " + projectVersion);
        }
        String release = coordinates + ":" + version.get();
        Optional<Path> descriptorSet = resolve(new DefaultArtifact(groupId, artifactId, CLASSIFIER, TYPE, version.get()));
        if (descriptorSet.isPresent()) {
            return Baseline.of(descriptorSet.get(), release + " (its " + CLASSIFIER + " descriptor set)");
        }
        Optional<Path> jar = resolve(new DefaultArtifact(groupId, artifactId, "", "jar", version.get()));
        if (jar.isEmpty()) {
            return Baseline.missing(release + " has neither a " + CLASSIFIER + " descriptor set nor a jar");
        }
        Path extracted = workDir.resolve("previous").resolve(version.get());
        try {
            if (ProtoJars.extract(jar.get(), extracted) == 0) {
                return Baseline.missing(release + " has no " + CLASSIFIER + " descriptor set and no .proto files in its jar");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + jar.get() + ": " + e.getMessage(), e);
        }
        return Baseline.of(extracted, release + " (the .proto files in its jar)");
    }

    private Optional<String> latestBefore(String groupId, String artifactId, String projectVersion)
            throws MojoExecutionException {
        VersionRangeRequest request = new VersionRangeRequest(
                new DefaultArtifact(groupId, artifactId, "pom", "[0,)"), repositories, null);
        try {
            List<String> versions = system.resolveVersionRange(session, request).getVersions().stream()
                    .map(Version::toString)
                    .toList();
            return PreviousVersion.select(versions, projectVersion);
        } catch (VersionRangeResolutionException e) {
            throw new MojoExecutionException("cannot list the releases of " + groupId + ":" + artifactId + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<Path> resolve(Artifact artifact) {
        try {
            return Optional.of(system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath());
        } catch (ArtifactResolutionException e) {
            return Optional.empty(); // not published: the caller falls back or reports it missing
        }
    }
}
