package dev.protovet.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's .proto files against their subjects in a schema registry without registering them (for pull
 * request builds); fails when the registry finds one incompatible. No default phase: run it as
 * {@code protovet:compatibility} or bind it.
 */
@Mojo(name = "compatibility", threadSafe = true)
public final class CompatibilityMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The registry's URL. */
    @Parameter(property = "protovet.registryUrl")
    private String registryUrl;

    /** A {@code <server>} in settings.xml with the registry's credentials (user and password, or a token as password). */
    @Parameter(property = "protovet.registryServerId")
    private String serverId;

    /** Subject to file (relative to its source root) for files not registered under their import path. */
    @Parameter
    private Map<String, String> subjects;

    /** Directories of .proto files. Default: {@code src/main/proto} and {@code src/main/protobuf}. */
    @Parameter
    private List<File> sourceRoots;

    @Parameter(property = "protovet.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}/protovet", readonly = true, required = true)
    private File workDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        RegistryTarget.checkCompatibility(getLog(), new RegistryGoal(skip, registryUrl, serverId, subjects,
                ProjectProtos.of(project, workDirectory, sourceRoots), session));
    }
}
