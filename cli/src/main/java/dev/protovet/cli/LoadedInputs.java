package dev.protovet.cli;

import dev.protovet.engine.InputComparison;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.ImageCache;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.report.SourceLines;
import dev.protovet.inputs.InputResolver;
import dev.protovet.inputs.ResolvedInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two inputs of a comparison as the CLI takes them (git, archives, Maven, registry, local paths): resolved to
 * files, then loaded by the engine. Closing removes whatever was extracted for them.
 */
final class LoadedInputs implements AutoCloseable {
    private final ResolvedInput currentInput;
    private final ResolvedInput previousInput;
    private final InputComparison.Loaded loaded;
    private final InputLoader currentLoader;
    private final BufConfig currentConfig;

    private LoadedInputs(ResolvedInput currentInput, ResolvedInput previousInput, InputComparison.Loaded loaded,
                         InputLoader currentLoader, BufConfig currentConfig) {
        this.currentInput = currentInput;
        this.previousInput = previousInput;
        this.loaded = loaded;
        this.currentLoader = currentLoader;
        this.currentConfig = currentConfig;
    }

    /**
     * @param cache where the --against side's compile is kept between runs (a baseline seldom changes, and its key
     *              is its content); null to compile it every time
     */
    static LoadedInputs load(String input, String against, String config, String againstConfig, InputLoader loader,
                             ImageCache cache) {
        InputComparison comparison = new InputComparison(loader, cache == null ? loader : loader.cachedIn(cache));
        ResolvedInput currentInput = resolve(input);
        ResolvedInput previousInput = null;
        try {
            previousInput = resolve(against);
            BufConfig currentConfig = config == null ? null : ConfigParser.fromArgument(config, "--config");
            return new LoadedInputs(currentInput, previousInput, comparison.load(currentInput.path(), currentConfig,
                    previousInput.path(),
                    againstConfig == null ? null : ConfigParser.fromArgument(againstConfig, "--against-config")),
                    loader, currentConfig);
        } catch (RuntimeException e) {
            currentInput.close();
            if (previousInput != null) {
                previousInput.close();
            }
            throw e;
        }
    }

    /** The loader of a command's inputs: the bundled protoc, its {@code -I} directories, whether links are followed. */
    static InputLoader loader(List<Path> includes, boolean disableSymlinks) {
        InputLoader loader = new InputLoader(ProtocCompiler.locate(), existingDirectories(includes));
        return disableSymlinks ? loader.withoutSymlinks() : loader;
    }

    /** An input resolved as the CLI resolves them: Maven downloads shown on stderr when that is a terminal. */
    static ResolvedInput resolve(String input) {
        return InputResolver.standalone(Terminal.stderrIsTerminal() ? System.err : null).resolveInput(input);
    }

    /** The {@code -I} directories, each checked to be one: a misspelt one would otherwise surface as a missing import. */
    private static List<Path> existingDirectories(List<Path> includes) {
        for (Path include : includes) {
            if (!Files.isDirectory(include)) {
                throw new InputException(include.toString(), "-I names no directory");
            }
        }
        return includes;
    }

    /** The current input's directory (extracted or checked out, if it had to be), or null when it is a file. */
    Path inputDirectory() {
        return Files.isDirectory(currentInput.path()) ? currentInput.path() : null;
    }

    InputComparison.Loaded loaded() {
        return loaded;
    }

    /** Compiles the current side again, as it is on disk now: to check files that were just rewritten. */
    void recompileCurrent() {
        currentLoader.load(currentInput.path(), currentConfig);
    }

    Image currentImage() {
        return loaded.current().image();
    }

    Image previousImage() {
        return loaded.previous().image();
    }

    /** A file of the current side as the user sees it: on disk for a local directory, else its path in the input. */
    String shownPath(String path) {
        return currentInput.scratch() == null ? loaded.current().displayPath(path) : path;
    }

    /** The lines of a file of the current side, by its shown path; null when it has no text (a descriptor set). */
    List<String> linesOf(String shownPath) {
        return SourceLines.under(Path.of(""), currentInput.scratch() == null ? shownPath
                : loaded.current().displayPath(shownPath));
    }

    @Override
    public void close() {
        currentInput.close();
        previousInput.close();
    }
}
