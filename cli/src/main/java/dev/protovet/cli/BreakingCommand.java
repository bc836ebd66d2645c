package dev.protovet.cli;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageFilter;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.report.ErrorFormat;
import java.io.PrintWriter;
import dev.protovet.inputs.InputResolver;
import dev.protovet.inputs.ResolvedInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
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
            description = {"Directory of .proto files, descriptor-set file (.binpb, .pb, .desc, .protoset, .json),",
                    "git repository (.git#branch=main, repo#tag=v1, .git#ref=HEAD~1, url.git#commit=<sha>, ...#subdir=proto)",
                    "archive (.zip, .jar, .tar.gz, with #subdir= and #strip_components=)",
                    "or Maven coordinates (maven:group:artifact:version[:classifier][@extension]). Default: ."})
    private String input;

    @Option(names = "--against", required = true, paramLabel = "<input>",
            description = "The previous version to compare with; any kind of <input>.")
    private String against;

    @Option(names = "--config", paramLabel = "<yaml|json|file>",
            description = "buf.yaml file or data configuring <input> and the rules (default: <input>/buf.yaml).")
    private String config;

    @Option(names = "--against-config", paramLabel = "<yaml|json|file>",
            description = "buf.yaml file or data configuring the --against input.")
    private String againstConfig;

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

    @Option(names = "-I", paramLabel = "<dir>", description = "Extra import directory for compiling .proto files (repeatable).")
    private List<Path> includes = new ArrayList<>();

    @Override
    public Integer call() {
        ErrorFormat format = ErrorFormat.parse(errorFormat);
        InputLoader loader = new InputLoader(ProtocCompiler.locate(), includes);
        BufConfig currentConfig = config == null ? null : ConfigParser.fromArgument(config);
        BufConfig previousConfig = againstConfig == null ? null : ConfigParser.fromArgument(againstConfig);
        try (ResolvedInput currentInput = InputResolver.resolve(input);
             ResolvedInput previousInput = InputResolver.resolve(against)) {
            // The two sides are independent: load the previous one on a second core while this one loads the input.
            CompletableFuture<InputLoader.Loaded> previousLoad =
                    CompletableFuture.supplyAsync(() -> loader.load(previousInput.path(), previousConfig));
            InputLoader.Loaded current = loader.load(currentInput.path(), currentConfig);
            InputLoader.Loaded previous = join(previousLoad);
            // Files of a local directory are shown where they are on disk; extracted ones by their path in the input.
            Function<String, String> display = currentInput.scratch() == null ? current::displayPath : p -> p;
            return report(format, current, previous, display);
        }
    }

    private int report(ErrorFormat format, InputLoader.Loaded current, InputLoader.Loaded previous,
                       Function<String, String> display) {
        Image currentImage = narrow(current.image());
        Image previousImage = narrow(previous.image());
        if (limitToInputFiles) {
            Set<String> inInput = currentImage.files().stream().map(ProtoFile::path).collect(Collectors.toSet());
            previousImage = new Image(previousImage.files().stream().filter(f -> inInput.contains(f.path())).toList());
        }
        List<Finding> findings = BreakingCheck.run(previousImage, currentImage, current.config(), current::moduleOf).stream()
                .map(f -> f.withPath(f.path() == null ? null : display.apply(f.path())))
                .sorted(Finding.ORDER)
                .toList();

        PrintWriter out = spec.commandLine().getOut();
        out.print(format.writer(BreakingCommand::readLines).write(findings));
        out.flush();
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static InputLoader.Loaded join(CompletableFuture<InputLoader.Loaded> load) {
        try {
            return load.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A shown file's lines, for the pretty format; null when it is not on disk (a descriptor-set input). */
    private static List<String> readLines(String shownPath) {
        try {
            Path file = Path.of(shownPath);
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readAllLines(file) : null;
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private Image narrow(Image image) {
        Image narrowed = ImageFilter.paths(image, paths, excludePaths);
        return excludeImports ? narrowed.withoutImports() : narrowed;
    }

}
