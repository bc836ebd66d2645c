package dev.protovet.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Registers the project's .proto files in a protovet or Confluent-compatible schema registry, imports first, each
 * import as a reference; fails with the registry's findings when a schema is incompatible. Opt-in: bind it in an
 * execution (default phase deploy).
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class RegisterMojo extends AbstractMojo {
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
        RegistryTarget.register(getLog(), new RegistryGoal(skip, registryUrl, serverId, subjects,
                ProjectProtos.of(project, workDirectory, sourceRoots), session));
    }
}
