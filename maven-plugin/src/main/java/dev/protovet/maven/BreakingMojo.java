package dev.protovet.maven;

import dev.protovet.engine.Finding;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.report.ErrorFormat;
import dev.protovet.engine.report.FindingWriter;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
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
import org.eclipse.aether.RepositorySystem;

/**
 * Fails the build when the project's .proto files break clients of the previous release (or of {@code against}),
 * by buf's rules. Reports go to {@code target/protovet/}: breaking.txt, breaking.json, breaking-junit.xml,
 * breaking.sarif.
 */
@Mojo(name = "breaking", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class BreakingMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Directories of .proto files to check. Default: {@code src/main/proto} and {@code src/main/protobuf}. */
    @Parameter
    private List<File> sourceRoots;

    /**
     * A descriptor set (binary, or buf's JSON image) holding the current schemas, made by another plugin, to check
     * instead of compiling the source roots. Relative to the project directory.
     */
    @Parameter(property = "protovet.descriptorSet")
    private File descriptorSet;

    /**
     * The baseline: a directory of .proto files or a descriptor-set file (relative to the project), or any input the
     * CLI takes: {@code .git#branch=main,subdir=src/main/proto}, an archive, {@code maven:g:a:v}, a registry subject.
     * Default: the previous release of this artifact.
     */
    @Parameter(property = "protovet.against")
    private String against;

    /**
     * A {@code <server>} in settings.xml whose credentials a {@code registry:} baseline logs in with (user and
     * password, or a token as password). Default: {@code PROTOVET_REGISTRY_AUTH}.
     */
    @Parameter(property = "protovet.registryServerId")
    private String serverId;

    /** The release to compare with, instead of the highest release below the project's version. */
    @Parameter(property = "protovet.oldVersion")
    private String oldVersion;

    /** Fail when there is no previous release to compare with (by default a first release passes). */
    @Parameter(property = "protovet.failOnMissingPrevious", defaultValue = "false")
    private boolean failOnMissingPrevious;

    /** Rule and category IDs to run, as buf.yaml's {@code breaking.use}. Default: FILE, or the buf.yaml's. */
    @Parameter
    private List<String> use;

    /** Rule and category IDs not to run, as buf.yaml's {@code breaking.except}. */
    @Parameter
    private List<String> except;

    /** Files or directories, relative to their source root, that no rule checks. */
    @Parameter
    private List<String> ignore;

    /** Skip packages like {@code foo.v1alpha1}, {@code foo.v2beta}, {@code foo.v1test}. */
    @Parameter(property = "protovet.ignoreUnstablePackages")
    private Boolean ignoreUnstablePackages;

    /** A buf.yaml whose {@code breaking:} block sets the rules. Default: {@code ${basedir}/buf.yaml} if present. */
    @Parameter(property = "protovet.bufYaml")
    private File bufYaml;

    /** Fail the build on breaking changes; when false they are only logged and reported. */
    @Parameter(property = "protovet.failOnBreaking", defaultValue = "true")
    private boolean failOnBreaking;

    @Parameter(property = "protovet.skip", defaultValue = "false")
    private boolean skip;

    /**
     * How findings are logged: text, json, msvs, junit, github-actions, gitlab-code-quality, sarif, or pretty (grouped by
     * file, each source line underlined, with a fix hint).
     */
    @Parameter(property = "protovet.errorFormat", defaultValue = "text")
    private String errorFormat;

    /** The protoc release to compile with. Default: the protobuf version this plugin is built with. */
    @Parameter(property = "protovet.protocVersion")
    private String protocVersion;

    @Parameter(defaultValue = "${project.build.directory}/protovet", readonly = true, required = true)
    private File workDirectory;

    private final RepositorySystem repositorySystem;

    @Inject
    public BreakingMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("protovet: skipped");
            return;
        }
        long start = System.nanoTime();
        ErrorFormat format = errorFormat();
        ProjectProtos protos = ProjectProtos.of(project, workDirectory, sourceRoots);
        Reports.clear(protos.workDir());
        ProjectCheck check = new ProjectCheck(protos,
                descriptorSet == null ? null : protos.basedir().resolve(descriptorSet.toPath()),
                new ProjectCheck.Rules(bufYaml, use, except, ignore, ignoreUnstablePackages));
        if (check.descriptorSet() != null && !Files.isRegularFile(check.descriptorSet())) {
            throw new MojoFailureException("protovet: descriptorSet " + check.shownCurrent()
                    + " does not exist; the plugin that makes it must run before protovet:breaking");
        }
        if (check.descriptorSet() == null && protos.isEmpty()) {
            getLog().info("protovet: no .proto files in the source roots (sourceRoots, default "
                    + ProjectProtos.DEFAULT_ROOTS + "); nothing to check");
            return;
        }
        BuildRepositories repositories = BuildRepositories.of(repositorySystem, session, project);
        try (Baseline baseline = new BaselineResolver(project, repositories, RegistryTarget.credentials(serverId, session))
                .find(against, oldVersion, protos)) {
            if (baseline instanceof Baseline.Found found) {
                getLog().info("protovet: checking " + check.shownCurrent() + " against " + found.label());
                long prepare = System.nanoTime();
                InputLoader loader = protos.loader(repositories, protocVersion, project.getArtifacts());
                getLog().debug(String.format(Locale.ROOT, "protovet: protoc and dependency protos ready in %.2f s",
                        (System.nanoTime() - prepare) / 1e9));
                List<Finding> findings = check.against(found.path(), loader);
                Reports.write(protos.workDir(), findings);
                getLog().info(String.format(Locale.ROOT, "protovet: compared in %.2f s; reports in %s",
                        (System.nanoTime() - start) / 1e9, protos.shown(protos.workDir().toString())));
                report(findings, found.label(), format.writer(check.sourceLines()));
            } else if (baseline instanceof Baseline.Missing missing) {
                if (failOnMissingPrevious || oldVersion != null) {
                    throw new MojoFailureException("protovet: " + missing.reason() + " to compare with");
                }
                getLog().info("protovet: " + missing.reason() + ": nothing to compare with, so nothing can break");
            }
        }
    }

    /** Logs the findings in {@code format}; fails the build with them unless failOnBreaking is false. */
    private void report(List<Finding> findings, String baseline, FindingWriter writer) throws MojoFailureException {
        if (findings.isEmpty()) {
            getLog().info("protovet: no breaking changes");
            return;
        }
        for (String line : writer.write(findings).split("\\R")) {
            if (failOnBreaking) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        String heading = "protovet: " + findings.size() + " breaking change" + (findings.size() == 1 ? "" : "s")
                + " against " + baseline + ":";
        if (failOnBreaking) {
            throw new MojoFailureException(FailureMessages.findings(heading, findings));
        }
        getLog().warn(heading.substring(0, heading.length() - 1) + " (failOnBreaking is false)");
    }

    private ErrorFormat errorFormat() throws MojoFailureException {
        try {
            return ErrorFormat.parse(errorFormat);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("protovet: errorFormat: " + e.getMessage());
        }
    }
}
