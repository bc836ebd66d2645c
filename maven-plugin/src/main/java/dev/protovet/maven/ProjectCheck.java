package dev.protovet.maven;

import dev.protovet.engine.BreakingRequest;
import dev.protovet.engine.CheckScope;
import dev.protovet.engine.Finding;
import dev.protovet.engine.InputComparison;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.report.SourceLines;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What {@code protovet:breaking} checks and how: the project's source roots (or a descriptor set made by another
 * plugin) by the configured rules, compared with a baseline; findings name files as the user sees them.
 *
 * @param descriptorSet the descriptor set to check instead of the source roots (absolute), or null
 */
record ProjectCheck(ProjectProtos protos, Path descriptorSet, Rules rules) {

    /**
     * The rule parameters: a buf.yaml (relative to the project; null: the project's own if any) and what overrides
     * its {@code breaking:} entries (null: leave them).
     */
    record Rules(File bufYaml, List<String> use, List<String> except, List<String> ignore,
                 Boolean ignoreUnstablePackages) {
    }

    /** What is checked: the descriptor set, else the project directory with its source roots. */
    Path current() {
        return descriptorSet != null ? descriptorSet : protos.basedir();
    }

    /** How the log names what is checked: the descriptor set, else the source roots. */
    String shownCurrent() {
        return descriptorSet != null ? protos.shown(descriptorSet.toString()) : protos.roots().toString();
    }

    /**
     * The lines of a file as findings name it (relative to the project directory), for the pretty format; none for a
     * descriptor set's files, whose names are import paths.
     */
    Function<String, List<String>> sourceLines() {
        return descriptorSet != null ? path -> null : path -> SourceLines.under(protos.basedir(), path);
    }

    /** The breaking changes from {@code baseline} to the project, compiled by {@code loader}. */
    List<Finding> against(Path baseline, InputLoader loader) throws MojoFailureException {
        try {
            RuleConfiguration configuration = new RuleConfiguration(bufYaml(), rules.use(), rules.except(),
                    rules.ignore(), rules.ignoreUnstablePackages());
            // a descriptor set's files are named by import path: one module, whatever the source roots
            BufConfig config = configuration.forRoots(descriptorSet != null ? List.of(".") : protos.roots());
            BreakingRequest request = new BreakingRequest(current(), config, baseline, null, CheckScope.everything());
            return new InputComparison(loader).run(request).stream()
                    .map(f -> f.withPath(protos.shown(f.path())))
                    .toList();
        } catch (InputException e) {
            throw new MojoFailureException(FailureMessages.problems("protovet: cannot check the .proto files:", e,
                    protos::shown));
        }
    }

    /** The configured buf.yaml, else the project's own, else none (buf's defaults). */
    private BufConfig bufYaml() {
        if (rules.bufYaml() != null) {
            return ConfigParser.read(protos.basedir().resolve(rules.bufYaml().toPath()));
        }
        Path own = protos.basedir().resolve("buf.yaml");
        return Files.isRegularFile(own) ? ConfigParser.read(own) : null;
    }
}
