package dev.protovet.maven;

import dev.protovet.engine.Finding;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.policy.AcceptedChanges;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.PolicyConfig;
import dev.protovet.engine.report.ErrorFormat;
import dev.protovet.engine.report.FindingWriter;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * by buf's rules; breaking changes made on purpose pass when accepted (an accepted-changes file, ignore comments) or,
 * with {@code allowBreakingOnMajor}, in a new major version. Reports go to {@code target/protovet/}: breaking.txt,
 * breaking.json, breaking-junit.xml, breaking.sarif and breaking.html. A check whose inputs did not change since it
 * last passed is skipped.
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

    /**
     * The accepted-changes file, in the format {@code protovet breaking --write-accepted} writes: the breaking changes
     * it lists pass until their expiry. Relative to the project. Default: {@code breaking.accepted} of the project's
     * protovet.yaml, else {@code protovet-accepted.yaml} in the project directory when there is one.
     */
    @Parameter(property = "protovet.acceptedChanges")
    private File acceptedChanges;

    /** Rule or category IDs whose findings are logged as warnings and do not fail the build. */
    @Parameter
    private List<String> warn;

    /** Fail on warnings too. Default: {@code breaking.fail_on} of the project's protovet.yaml, else false. */
    @Parameter(property = "protovet.failOnWarning")
    private Boolean failOnWarning;

    /**
     * Let breaking changes pass, logged as warnings, when the project's major version is greater than that of the
     * release it is compared with (2.0.0 against 1.4.2): a new major version may break its contract. Only for the
     * previous-release baseline, whose version is known.
     */
    @Parameter(property = "protovet.allowBreakingOnMajor", defaultValue = "false")
    private boolean allowBreakingOnMajor;

    /**
     * Skip the check when nothing it depends on (sources, baseline, settings, dependencies, parameters) changed since
     * it last passed, on the same day.
     */
    @Parameter(property = "protovet.incremental", defaultValue = "true")
    private boolean incremental;

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
        ProjectCheck check = new ProjectCheck(protos,
                descriptorSet == null ? null : protos.basedir().resolve(descriptorSet.toPath()),
                new ProjectCheck.Rules(bufYaml, use, except, ignore, ignoreUnstablePackages));
        ProjectPolicy.Settled policy = new ProjectPolicy(warn, acceptedChanges, failOnWarning, allowBreakingOnMajor)
                .settle(protos.basedir());
        if (check.descriptorSet() != null && !Files.isRegularFile(check.descriptorSet())) {
            Reports.clear(protos.workDir());
            throw new MojoFailureException("protovet: descriptorSet " + check.shownCurrent()
                    + " does not exist; the plugin that makes it must run before protovet:breaking");
        }
        if (check.descriptorSet() == null && protos.isEmpty()) {
            Reports.clear(protos.workDir());
            getLog().info("protovet: no .proto files in the source roots (sourceRoots, default "
                    + ProjectProtos.DEFAULT_ROOTS + "); nothing to check");
            return;
        }
        BuildRepositories repositories = BuildRepositories.of(repositorySystem, session, project);
        try (Baseline baseline = new BaselineResolver(project, repositories, RegistryTarget.credentials(serverId, session))
                .find(against, oldVersion, protos)) {
            if (baseline instanceof Baseline.Found found) {
                String stamp = incremental ? stamp(protos, check, found, policy) : null;
                if (stamp != null && CheckStamp.matches(protos.workDir(), stamp)) {
                    getLog().info("protovet: " + check.shownCurrent() + " and " + found.label() + " are unchanged since"
                            + " the last check passed; skipped (reports in " + protos.shown(protos.workDir().toString())
                            + "; -Dprotovet.incremental=false checks again)");
                    return;
                }
                Reports.clear(protos.workDir());
                getLog().info("protovet: checking " + check.shownCurrent() + " against " + found.label());
                long prepare = System.nanoTime();
                InputLoader loader = protos.loader(repositories, protocVersion, project.getArtifacts());
                getLog().debug(String.format(Locale.ROOT, "protovet: protoc and dependency protos ready in %.2f s",
                        (System.nanoTime() - prepare) / 1e9));
                Judgement judgement = policy.judge(check.against(found.path(), loader), allowBreakingOnMajor,
                        project.getVersion(), found.release());
                Reports.write(protos.workDir(), judgement, found.label());
                getLog().info(String.format(Locale.ROOT, "protovet: compared in %.2f s; reports in %s",
                        (System.nanoTime() - start) / 1e9, protos.shown(protos.workDir().toString())));
                if (report(judgement, found.label(), format.writer(check.sourceLines()), policy.failOnWarning())
                        && stamp != null) {
                    writeStamp(protos.workDir(), stamp);
                }
            } else if (baseline instanceof Baseline.Missing missing) {
                Reports.clear(protos.workDir());
                if (failOnMissingPrevious || oldVersion != null) {
                    throw new MojoFailureException("protovet: " + missing.reason() + " to compare with");
                }
                getLog().info("protovet: " + missing.reason() + ": nothing to compare with, so nothing can break");
            }
        }
    }

    /**
     * Logs the judged findings in {@code format} and the notes on the accepted changes; fails the build on the
     * failing ones unless failOnBreaking is false. True when nothing failed.
     */
    private boolean report(Judgement judgement, String baseline, FindingWriter writer, boolean warningsFail)
            throws MojoFailureException {
        judgement.notes().forEach(note -> getLog().warn("protovet: " + note));
        if (judgement.findings().isEmpty()) {
            getLog().info("protovet: no breaking changes");
            return true;
        }
        boolean fails = judgement.fails(warningsFail);
        boolean onlyLetPass = judgement.shown().isEmpty();
        for (String line : writer.write(judgement).split("\\R")) {
            if (line.isEmpty()) {
                continue;
            }
            if (fails && failOnBreaking) {
                getLog().error(line);
            } else if (onlyLetPass) {
                getLog().info(line);
            } else {
                getLog().warn(line);
            }
        }
        if (!fails) {
            getLog().info("protovet: " + judgement.summary().replaceFirst("\\.$", "") + " against " + baseline);
            return true;
        }
        List<Finding> failing = judgement.shown().stream()
                .filter(j -> warningsFail || !j.isWarning()).map(Judged::finding).toList();
        String heading = "protovet: " + failing.size() + " breaking change" + (failing.size() == 1 ? "" : "s")
                + " against " + baseline + ":";
        if (failOnBreaking) {
            throw new MojoFailureException(FailureMessages.findings(heading, failing));
        }
        getLog().warn(heading.substring(0, heading.length() - 1) + " (failOnBreaking is false)");
        return false;
    }

    /** What decides the outcome of checking {@code check} against {@code found}, as a {@link CheckStamp}. */
    private String stamp(ProjectProtos protos, ProjectCheck check, Baseline.Found found, ProjectPolicy.Settled policy) {
        Path basedir = protos.basedir();
        List<Path> contents = new ArrayList<>();
        if (check.descriptorSet() != null) {
            contents.add(check.descriptorSet());
        } else {
            protos.roots().forEach(root -> contents.add(basedir.resolve(root)));
        }
        contents.add(found.path());
        for (String name : List.of("buf.yaml", PolicyConfig.FILE, AcceptedChanges.DEFAULT_FILE)) {
            contents.add(basedir.resolve(name));
        }
        if (bufYaml != null) {
            contents.add(basedir.resolve(bufYaml.toPath()));
        }
        if (!policy.accepted().origin().isEmpty()) {
            contents.add(Path.of(policy.accepted().origin())); // wherever protovet.yaml or acceptedChanges put it
        }
        List<Path> jars = new ArrayList<>();
        project.getArtifacts().forEach(a -> {
            if (a.getFile() != null) {
                jars.add(a.getFile().toPath());
            }
        });
        var plugin = BreakingMojo.class.getProtectionDomain().getCodeSource();
        if (plugin != null) {
            try {
                jars.add(Path.of(plugin.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: the parameters and the other inputs still count
            }
        }
        return CheckStamp.of(contents, jars, List.of(String.valueOf(LocalDate.now()), String.valueOf(use),
                String.valueOf(except), String.valueOf(ignore), String.valueOf(ignoreUnstablePackages),
                String.valueOf(warn), String.valueOf(failOnWarning), String.valueOf(allowBreakingOnMajor),
                String.valueOf(protocVersion), project.getVersion(), String.valueOf(against), found.label()));
    }

    private static void writeStamp(Path directory, String stamp) throws MojoExecutionException {
        try {
            CheckStamp.write(directory, stamp);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + directory.resolve(CheckStamp.FILE) + ": " + e.getMessage(), e);
        }
    }

    private ErrorFormat errorFormat() throws MojoFailureException {
        try {
            return ErrorFormat.parse(errorFormat);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("protovet: errorFormat: " + e.getMessage());
        }
    }
}
