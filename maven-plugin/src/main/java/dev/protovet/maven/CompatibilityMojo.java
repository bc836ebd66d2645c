package dev.protovet.maven;

import dev.protovet.inputs.registry.SchemaPublisher;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Optional<RegistryTarget> found = RegistryTarget.prepare(getLog(), skip, "check", registryUrl, serverId, session,
                ProjectProtos.of(project.getBasedir().toPath(), workDirectory.toPath(), sourceRoots), subjects);
        if (found.isEmpty()) {
            return;
        }
        RegistryTarget target = found.get();
        getLog().info("protovet: checking against " + target.url());
        List<SchemaPublisher.Outcome> outcomes = target.check();
        RegistryTarget.log(getLog(), outcomes);
        long incompatible = outcomes.stream().filter(o -> o.status() == SchemaPublisher.Status.INCOMPATIBLE).count();
        if (incompatible > 0) {
            StringBuilder message = new StringBuilder("protovet: " + incompatible + " schema"
                    + (incompatible == 1 ? " is" : "s are") + " incompatible with " + target.url() + ":");
            outcomes.stream().filter(o -> o.status() == SchemaPublisher.Status.INCOMPATIBLE).forEach(o -> {
                message.append("\n").append(o.path()).append(" -> ").append(o.subject()).append(':');
                o.messages().forEach(m -> message.append("\n  ").append(m));
            });
            throw new MojoFailureException(message.toString());
        }
    }
}
