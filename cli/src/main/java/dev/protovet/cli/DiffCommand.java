package dev.protovet.cli;

import dev.protovet.engine.changes.Change;
import dev.protovet.engine.changes.ChangelogFormat;
import dev.protovet.engine.changes.Changelog;
import dev.protovet.engine.model.ImageFilter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protovet diff <input> --against <input>}: every change, breaking or not, for release notes and reviews. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Lists every change from --against to <input>: what breaks clients (with the rules and the"
                + " categories - WIRE, WIRE_JSON, FILE, PACKAGE, CSR - in which it breaks) and what is compatible.",
        footer = {"", "Exit codes: 0 listed (whatever changed), 1 error."})
public final class DiffCommand implements Callable<Integer> {
    @Mixin
    private CommandOutput out;

    @Mixin
    private ComparisonInputs inputs;

    @Option(names = "--format", defaultValue = "text", completionCandidates = CompletionCandidates.ChangelogFormats.class,
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Override
    public Integer call() {
        ChangelogFormat writer = ChangelogFormat.parse(format);
        try (LoadedInputs loaded = inputs.load()) {
            List<Change> changes = Changelog.between(
                    ImageFilter.paths(loaded.previousImage(), inputs.paths, List.of()).withoutImports(),
                    ImageFilter.paths(loaded.currentImage(), inputs.paths, List.of()).withoutImports()).stream()
                    .map(c -> c.location().path() == null ? c : Changelog.withPath(c, loaded.shownPath(c.location().path())))
                    .toList();
            out.print(writer.write(changes));
            return ExitCodes.OK;
        }
    }
}
