package dev.protovet.maven;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.protovet.engine.InputException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.eclipse.aether.RepositorySystem;

/**
 * Compiles the project's .proto files into {@code target/<finalName>-protoset.binpb} (a FileDescriptorSet with
 * source info and imports) and attaches it (classifier {@code protoset}, type {@code binpb}), so that the next
 * release's {@code protovet:breaking} compares against exactly these descriptors.
 */
@Mojo(name = "descriptor-set", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DescriptorSetMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Directories of .proto files to compile. Default: {@code src/main/proto} and {@code src/main/protobuf}. */
    @Parameter
    private List<File> sourceRoots;

    /** The protoc release to compile with. Default: the protobuf version this plugin is built with. */
    @Parameter(property = "protovet.protocVersion")
    private String protocVersion;

    @Parameter(property = "protovet.descriptorSet.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}/${project.build.finalName}-protoset.binpb", readonly = true,
            required = true)
    private File outputFile;

    @Parameter(defaultValue = "${project.build.directory}/protovet", readonly = true, required = true)
    private File workDirectory;

    private final RepositorySystem repositorySystem;
    private final MavenProjectHelper projectHelper;

    @Inject
    public DescriptorSetMojo(RepositorySystem repositorySystem, MavenProjectHelper projectHelper) {
        this.repositorySystem = repositorySystem;
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protovet: descriptor set skipped");
            return;
        }
        ProjectProtos protos = ProjectProtos.of(project, workDirectory, sourceRoots);
        if (protos.isEmpty()) {
            getLog().info("protovet: no .proto files to put in a descriptor set");
            return;
        }
        FileDescriptorSet set;
        try {
            set = protos.loader(BuildRepositories.of(repositorySystem, session, project), protocVersion,
                            project.getArtifacts())
                    .descriptorSet(protos.basedir(), RuleConfiguration.defaults().forRoots(protos.roots()));
        } catch (InputException e) {
            throw new MojoFailureException(FailureMessages.problems("protovet: cannot compile the .proto files:", e,
                    protos::shown));
        }
        Path output = outputFile.toPath();
        try {
            Files.createDirectories(output.getParent());
            try (OutputStream out = Files.newOutputStream(output)) {
                set.writeTo(out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage(), e);
        }
        projectHelper.attachArtifact(project, PreviousReleaseResolver.TYPE, PreviousReleaseResolver.CLASSIFIER, output.toFile());
        getLog().info("protovet: " + set.getFileCount() + (set.getFileCount() == 1 ? " file" : " files") + " in "
                + protos.shown(output.toString())
                + ", attached as " + PreviousReleaseResolver.CLASSIFIER);
    }
}
