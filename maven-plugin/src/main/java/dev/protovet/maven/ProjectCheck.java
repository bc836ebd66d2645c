package dev.protovet.maven;

import dev.protovet.engine.CheckScope;
import dev.protovet.engine.Finding;
import dev.protovet.engine.InputComparison;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.report.SourceLines;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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

    /**
     * What a check found: the breaking changes (files named as the user sees them), the current image (for its ignore
     * comments), its config version (for the categories of {@code <warn>}), and how files are shown.
     */
    record Checked(List<Finding> findings, Image current, ConfigVersion version, UnaryOperator<String> shownPath) {
    }

    /** The breaking changes from {@code baseline} to the project, compiled by {@code loader}. */
    Checked against(Path baseline, InputLoader loader) throws MojoFailureException {
        try {
            RuleConfiguration configuration = new RuleConfiguration(bufYaml(), rules.use(), rules.except(),
                    rules.ignore(), rules.ignoreUnstablePackages());
            // a descriptor set's files are named by import path: one module, whatever the source roots
            BufConfig config = configuration.forRoots(descriptorSet != null ? List.of(".") : protos.roots());
            InputComparison.Loaded sides = new InputComparison(loader).load(current(), config, baseline, null);
            UnaryOperator<String> shown = path -> protos.shown(sides.current().displayPath(path));
            List<Finding> findings = InputComparison.check(sides, CheckScope.everything(), sides.current()::displayPath)
                    .stream().map(f -> f.withPath(protos.shown(f.path()))).toList();
            return new Checked(findings, sides.current().image(), sides.current().config().version(), shown);
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
