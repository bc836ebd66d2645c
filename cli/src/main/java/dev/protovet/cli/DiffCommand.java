package dev.protovet.cli;

import dev.protovet.engine.changes.Change;
import dev.protovet.engine.changes.ChangelogFormat;
import dev.protovet.engine.changes.Changelog;
import dev.protovet.engine.model.ImageFilter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code protovet diff <input> --against <input>}: every change, breaking or not, for release notes and reviews. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists every change from --against to <input>: what breaks clients (with the rules and the"
                + " categories - WIRE, WIRE_JSON, FILE, PACKAGE, CSR - in which it breaks) and what is compatible.",
        footer = {"", "Exit codes: 0 listed (whatever changed), 1 error."})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ComparisonInputs inputs;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--path", paramLabel = "<path>", description = "Limit to these files or directories (repeatable).")
    private List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        ChangelogFormat writer = ChangelogFormat.parse(format);
        try (Sides sides = inputs.load()) {
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
