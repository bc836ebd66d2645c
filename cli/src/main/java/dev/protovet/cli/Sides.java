package dev.protovet.cli;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.model.Image;
import dev.protovet.inputs.InputResolver;
import dev.protovet.inputs.ResolvedInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The two inputs of a comparison, resolved (git, archives, Maven) and loaded in parallel, one per core. Closing
 * removes whatever was extracted for them.
 */
final class Sides implements AutoCloseable {
    private final ResolvedInput currentInput;
    private final ResolvedInput previousInput;
    private final InputLoader.Loaded current;
    private final InputLoader.Loaded previous;

    private Sides(ResolvedInput currentInput, ResolvedInput previousInput, InputLoader.Loaded current,
                  InputLoader.Loaded previous) {
        this.currentInput = currentInput;
        this.previousInput = previousInput;
        this.current = current;
        this.previous = previous;
    }

    static Sides load(String input, String against, String config, String againstConfig, List<Path> includes) {
        InputLoader loader = new InputLoader(ProtocCompiler.locate(), includes);
        BufConfig currentConfig = config == null ? null : ConfigParser.fromArgument(config);
        BufConfig previousConfig = againstConfig == null ? null : ConfigParser.fromArgument(againstConfig);
        ResolvedInput currentInput = InputResolver.resolve(input);
        ResolvedInput previousInput = null;
        try {
            previousInput = InputResolver.resolve(against);
            Path previousPath = previousInput.path();
            CompletableFuture<InputLoader.Loaded> previousLoad =
                    CompletableFuture.supplyAsync(() -> loader.load(previousPath, previousConfig));
            InputLoader.Loaded current = loader.load(currentInput.path(), currentConfig);
            return new Sides(currentInput, previousInput, current, join(previousLoad));
        } catch (RuntimeException e) {
            currentInput.close();
            if (previousInput != null) {
                previousInput.close();
            }
            throw e;
        }
    }

    InputLoader.Loaded current() {
        return current;
    }

    Image currentImage() {
        return current.image();
    }

    Image previousImage() {
        return previous.image();
    }

    /** A file of the current side as the user sees it: on disk for a local directory, else its path in the input. */
    String shownPath(String path) {
        return currentInput.scratch() == null ? current.displayPath(path) : path;
    }

    /** The lines of a file of the current side, by its shown path; null when it has no text (a descriptor set). */
    List<String> linesOf(String shownPath) {
        try {
            Path file = Path.of(currentInput.scratch() == null ? shownPath : current.displayPath(shownPath));
            return Files.isRegularFile(file) ? Files.readAllLines(file) : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    @Override
    public void close() {
        currentInput.close();
        previousInput.close();
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
}
