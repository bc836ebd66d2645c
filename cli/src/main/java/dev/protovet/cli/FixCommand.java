package dev.protovet.cli;

import dev.protovet.engine.InputException;
import dev.protovet.engine.fix.FileFix;
import dev.protovet.engine.fix.FixNote;
import dev.protovet.engine.fix.FixPlan;
import dev.protovet.engine.fix.FixPlanner;
import dev.protovet.engine.fix.FixStrategy;
import dev.protovet.engine.model.ImageFilter;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.inputs.InputSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code protovet fix <dir> --against <input>}: reserves (or restores as deprecated) what the current tree deleted. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Rewrites the .proto files of <input> (a directory) so that the fields and enum values deleted"
                + " since --against are reserved, number and name, in their message or enum: WIRE and WIRE_JSON then"
                + " pass. Only lines are inserted; every other byte stays as it was.",
                "With --strategy deprecate, they are declared again as they were, with [deprecated = true], which"
                        + " keeps generated code (FILE) compatible too."},
        footer = {"", "Exit codes: 0 fixed, nothing to fix, or (--dry-run) the diff printed; 1 error."})
public final class FixCommand implements Callable<Integer> {
    @Mixin
    private CommandOutput out;

    @Mixin
    private ComparisonInputs inputs;

    @Option(names = "--strategy", defaultValue = "reserve", paramLabel = "<strategy>",
            description = "reserve (numbers and names) or deprecate (declare again, deprecated). Default: ${DEFAULT-VALUE}.")
    private String strategy;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff instead of writing them.")
    private boolean dryRun;

    @Override
    public Integer call() {
        FixStrategy chosen = FixStrategy.parse(strategy);
        requireDirectory(inputs.input);
        try (LoadedInputs loaded = inputs.load()) {
            Map<String, Path> onDisk = loaded.loaded().current().diskPaths();
            Set<String> targets = loaded.currentImage().files().stream().filter(f -> !f.isImport())
                    .map(ProtoFile::path).filter(p -> inputs.paths.isEmpty() || ImageFilter.covers(inputs.paths, p))
                    .collect(Collectors.toSet());
            FixPlan plan = FixPlanner.plan(new Pairing(loaded.previousImage(), loaded.currentImage()), chosen,
                    p -> targets.contains(p) && onDisk.containsKey(p), p -> read(onDisk.get(p)));
            for (FixNote note : plan.notes()) {
                out.remark("protovet: " + loaded.shownPath(note.path()) + ": " + note.message());
            }
            if (dryRun) {
                plan.files().forEach(f -> out.print(UnifiedDiff.of(loaded.shownPath(f.path()), f.original(), f.fixed())));
            } else {
                Map<Path, byte[]> fixed = new LinkedHashMap<>();
                Map<Path, byte[]> originals = new LinkedHashMap<>();
                for (FileFix file : plan.files()) {
                    fixed.put(onDisk.get(file.path()), file.fixed());
                    originals.put(onDisk.get(file.path()), file.original());
                }
                RewrittenFiles.write(fixed, originals, loaded::recompileCurrent);
            }
            out.remark("protovet: " + plan.summary(dryRun));
            return ExitCodes.OK;
        }
    }

    /** Only a tree of files on disk can be rewritten: not a descriptor set, archive, git ref, Maven or registry input. */
    private static void requireDirectory(String input) {
        InputSpec spec = InputSpec.parse(input);
        if (spec.kind() != InputSpec.Kind.LOCAL || !Files.isDirectory(Path.of(spec.location()))) {
            throw new InputException(input, "protovet fix rewrites .proto files in place, so <input> must be a local"
                    + " directory of them (--against may be any input)");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
