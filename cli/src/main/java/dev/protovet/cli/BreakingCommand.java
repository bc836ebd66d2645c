package dev.protovet.cli;

import dev.protovet.engine.CheckScope;
import dev.protovet.engine.Finding;
import dev.protovet.engine.InputComparison;
import dev.protovet.engine.report.ErrorFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code protovet breaking <input> --against <input>}: buf's flags, buf's exit codes. */
@Command(name = "breaking", mixinStandardHelpOptions = true,
        description = "Reports the changes from --against to <input> that break clients.",
        footer = {"", "Exit codes: 0 no breaking changes, 100 breaking changes found, 1 error."})
public final class BreakingCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ComparisonInputs inputs;

    @Option(names = "--error-format", defaultValue = "text", paramLabel = "<format>",
            description = "text, json, msvs, junit, github-actions, gitlab-code-quality, sarif or pretty. Default: ${DEFAULT-VALUE}.")
    private String errorFormat;

    @Option(names = "--exclude-imports", description = "Check only the input's own files, not what they import.")
    private boolean excludeImports;

    @Option(names = "--path", paramLabel = "<path>", description = "Limit to these files or directories (repeatable).")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--exclude-path", paramLabel = "<path>", description = "Leave out these files or directories (repeatable).")
    private List<String> excludePaths = new ArrayList<>();

    @Option(names = "--limit-to-input-files",
            description = "Compare only the files present in <input>: the against side is cut down to them.")
    private boolean limitToInputFiles;


    @Override
    public Integer call() {
        ErrorFormat format = ErrorFormat.parse(errorFormat);
        try (Sides sides = inputs.load()) {
            List<Finding> findings = InputComparison.check(sides.loaded(),
                    new CheckScope(paths, excludePaths, excludeImports, limitToInputFiles), sides::shownPath);
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.writer(sides::linesOf).write(findings));
            out.flush();
            return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }
}
