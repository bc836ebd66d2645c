package dev.protovet.cli;

import dev.protovet.engine.changes.Change;
import dev.protovet.engine.changes.ChangelogFormat;
import dev.protovet.engine.changes.Changelog;
import dev.protovet.engine.model.ImageFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code protovet diff <input> --against <input>}: every change, breaking or not, for release notes and reviews. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Lists every change from --against to <input>: what breaks clients (with the rule and the",
                "categories - WIRE, WIRE_JSON, FILE, PACKAGE, CSR - in which it breaks) and what is compatible."},
        footer = {"", "Exit codes: 0 listed (whatever changed), 1 error."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<input>", defaultValue = ".", description = "Any input protovet breaking accepts.")
    private String input;

    @Option(names = "--against", required = true, paramLabel = "<input>", description = "The previous version.")
    private String against;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--config", paramLabel = "<yaml|json|file>", description = "buf.yaml file or data (module roots).")
    private String config;

    @Option(names = "--against-config", paramLabel = "<yaml|json|file>", description = "buf.yaml for --against.")
    private String againstConfig;

    @Option(names = "--path", paramLabel = "<path>", description = "Limit to these files or directories (repeatable).")
    private List<String> paths = new ArrayList<>();

    @Option(names = "-I", paramLabel = "<dir>", description = "Extra import directory (repeatable).")
    private List<Path> includes = new ArrayList<>();

    @Override
    public Integer call() {
        ChangelogFormat writer = ChangelogFormat.parse(format);
        try (Sides sides = Sides.load(input, against, config, againstConfig, includes)) {
            List<Change> changes = Changelog.between(
                    ImageFilter.paths(sides.previousImage(), paths, List.of()).withoutImports(),
                    ImageFilter.paths(sides.currentImage(), paths, List.of()).withoutImports()).stream()
                    .map(c -> c.location().path() == null ? c : Changelog.withPath(c, sides.shownPath(c.location().path())))
                    .toList();
            PrintWriter out = spec.commandLine().getOut();
            out.print(writer.write(changes));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
