package dev.protovet.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.VersionRangeResolutionException;

/**
 * The baseline of a project's previous release, from the project's repositories and the local repository: the
 * descriptor set {@code protovet:descriptor-set} attached to it, else the .proto files inside its jar.
 */
final class PreviousReleaseResolver {
    static final String CLASSIFIER = "protoset";
    static final String TYPE = "binpb";

    private final BuildRepositories repositories;

    PreviousReleaseResolver(BuildRepositories repositories) {
        this.repositories = repositories;
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
            return new Baseline.Missing("no release of " + coordinates + " before " + projectVersion);
        }
        String release = coordinates + ":" + version.get();
        Optional<Path> descriptorSet = repositories.find(new DefaultArtifact(groupId, artifactId, CLASSIFIER, TYPE, version.get()));
        if (descriptorSet.isPresent()) {
            return Baseline.Found.release(descriptorSet.get(), release + " (its " + CLASSIFIER + " descriptor set)",
                    version.get());
        }
        Optional<Path> jar = repositories.find(new DefaultArtifact(groupId, artifactId, "", "jar", version.get()));
        if (jar.isEmpty()) {
            return new Baseline.Missing(release + " has neither a " + CLASSIFIER + " descriptor set nor a jar");
        }
        Path extracted = workDir.resolve("previous").resolve(version.get());
        try {
            if (ProtoJars.extract(jar.get(), extracted) == 0) {
                return new Baseline.Missing(release + " has no " + CLASSIFIER + " descriptor set and no .proto files in its jar");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read " + jar.get() + ": " + e.getMessage(), e);
        }
        return Baseline.Found.release(extracted, release + " (the .proto files in its jar)", version.get());
    }

    private Optional<String> latestBefore(String groupId, String artifactId, String projectVersion)
            throws MojoExecutionException {
        try {
            return PreviousVersion.select(repositories.versions(groupId, artifactId), projectVersion);
        } catch (VersionRangeResolutionException e) {
            throw new MojoExecutionException("cannot list the releases of " + groupId + ":" + artifactId + ": "
                    + e.getMessage(), e);
        }
    }

}
