package dev.protovet.cli;

import dev.protovet.engine.BreakingRequest;
import dev.protovet.engine.CheckScope;
import dev.protovet.engine.Finding;
import dev.protovet.engine.InputComparison;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.report.ErrorFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code protovet breaking <input> --against <input>}: buf's flags, buf's exit codes. */
@Command(name = "breaking", mixinStandardHelpOptions = true,
        description = "Reports the changes from --against to <input> that break clients.",
        footer = {"", "Exit codes: 0 no breaking changes, 100 breaking changes found, 1 error."})
public final class BreakingCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<input>", defaultValue = ".",
            description = "Directory of .proto files or descriptor-set file (.binpb, .pb, .desc, .protoset, .json). Default: .")
    private Path input;

    @Option(names = "--against", required = true, paramLabel = "<input>",
            description = "The previous version to compare with: directory or descriptor-set file.")
    private Path against;

    @Option(names = "--config", paramLabel = "<yaml|json|file>",
            description = "buf.yaml file or data configuring <input> and the rules (default: <input>/buf.yaml).")
    private String config;

    @Option(names = "--against-config", paramLabel = "<yaml|json|file>",
            description = "buf.yaml file or data configuring the --against input.")
    private String againstConfig;

    @Option(names = "--error-format", defaultValue = "text", paramLabel = "<format>",
            description = "text, json, msvs, junit, github-actions, gitlab-code-quality or sarif. Default: ${DEFAULT-VALUE}.")
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

    @Option(names = "-I", paramLabel = "<dir>", description = "Extra import directory for compiling .proto files (repeatable).")
    private List<Path> includes = new ArrayList<>();

    @Override
    public Integer call() {
        ErrorFormat format = ErrorFormat.parse(errorFormat);
        BufConfig currentConfig = config == null ? null : ConfigParser.fromArgument(config);
        BufConfig previousConfig = againstConfig == null ? null : ConfigParser.fromArgument(againstConfig);
        BreakingRequest request = new BreakingRequest(input, currentConfig, against, previousConfig,
                new CheckScope(paths, excludePaths, excludeImports, limitToInputFiles));
        List<Finding> findings = new InputComparison(new InputLoader(ProtocCompiler.locate(), includes)).run(request);

        PrintWriter out = spec.commandLine().getOut();
        out.print(format.writer().write(findings));
        out.flush();
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
