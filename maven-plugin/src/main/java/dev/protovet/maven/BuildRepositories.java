package dev.protovet.maven;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.MavenArtifactSource;
import dev.protovet.inputs.MavenCoordinates;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
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
 * The running build's resolver with the project's repositories: mirrors, proxies, credentials and offline mode
 * as the build has them. protoc, the previous release and {@code maven:} baselines all come through it.
 */
final class BuildRepositories implements MavenArtifactSource {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    BuildRepositories(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /** The build's resolver with {@code project}'s repositories. */
    static BuildRepositories of(RepositorySystem system, MavenSession session, MavenProject project) {
        return new BuildRepositories(system, session.getRepositorySession(), project.getRemoteProjectRepositories());
    }

    /** The artifact's file, downloaded into the local repository if need be. */
    Path resolve(Artifact artifact) throws ArtifactResolutionException {
        return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                .getArtifact().getFile().toPath();
    }

    /** The artifact's file, or empty when no repository has it. */
    Optional<Path> find(Artifact artifact) {
        try {
            return Optional.of(resolve(artifact));
        } catch (ArtifactResolutionException e) {
            return Optional.empty();
        }
    }

    /** Every version of {@code groupId:artifactId} the repositories list, lowest first. */
    List<String> versions(String groupId, String artifactId) throws VersionRangeResolutionException {
        VersionRangeRequest request = new VersionRangeRequest(
                new DefaultArtifact(groupId, artifactId, "pom", "[0,)"), repositories, null);
        return system.resolveVersionRange(session, request).getVersions().stream().map(Version::toString).toList();
    }

    @Override
    public Path fetch(String input, MavenCoordinates coordinates) {
        try {
            return resolve(new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(),
                    coordinates.classifierOrEmpty(), coordinates.extension(), coordinates.version()));
        } catch (ArtifactResolutionException e) {
            throw new InputException(input, e.getMessage().replaceAll("\\s+", " ").trim());
        }
    }
}
