package dev.protovet.maven;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.InputResolver;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Finds what {@code protovet:breaking} compares with: {@code against} (a path in the project, or any input the CLI
 * takes, {@code maven:} coordinates resolved by the build's own resolver), else the project's previous release.
 */
final class BaselineResolver {
    private final MavenProject project;
    private final BuildRepositories repositories;
    private final String registryAuth;

    /** @param registryAuth the credentials of a {@code registry:} baseline, null for {@code PROTOVET_REGISTRY_AUTH} */
    BaselineResolver(MavenProject project, BuildRepositories repositories, String registryAuth) {
        this.project = project;
        this.repositories = repositories;
        this.registryAuth = registryAuth;
    }

    /**
     * @param against    the configured baseline, or null for the previous release
     * @param oldVersion the release to compare with instead of the highest one below the project's, or null
     */
    Baseline find(String against, String oldVersion, ProjectProtos protos)
            throws MojoExecutionException, MojoFailureException {
        if (against == null) {
            return new PreviousReleaseResolver(repositories).find(project.getGroupId(), project.getArtifactId(),
                    project.getVersion(), oldVersion, protos.workDir());
        }
        Path path = localPath(protos.basedir(), against);
        if (path != null && Files.exists(path)) {
            return Baseline.Found.at(path, protos.basedir().relativize(path).toString().replace('\\', '/'));
        }
        try {
            return new Baseline.Found(new InputResolver(registryAuth, repositories)
                    .resolveInput(relativeToProject(protos.basedir(), against)), against, null);
        } catch (InputException e) {
            throw new MojoFailureException(FailureMessages.problems("protovet: against:", e, f -> f));
        }
    }

    /** {@code against} as a path in the project, or null when it is an input reference (git, URL, coordinates). */
    private static Path localPath(Path basedir, String against) {
        if (against.contains("#") || against.contains(":") && !against.matches("^[A-Za-z]:[\\\\/].*")) {
            return null;
        }
        try {
            return basedir.resolve(against).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A relative git or archive location names a path in the project, wherever Maven was started. */
    private static String relativeToProject(Path basedir, String reference) {
        int hash = reference.indexOf('#');
        String location = hash < 0 ? reference : reference.substring(0, hash);
        if (location.contains(":") || Path.of(location).isAbsolute()) {
            return reference;
        }
        return basedir.resolve(location).normalize() + (hash < 0 ? "" : reference.substring(hash));
    }
}
