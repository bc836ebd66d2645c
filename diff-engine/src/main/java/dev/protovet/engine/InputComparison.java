package dev.protovet.engine;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageFilter;
import dev.protovet.engine.model.ProtoFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every adapter does to compare two inputs: loads both (in parallel, one per core), narrows them to a
 * {@link CheckScope}, runs {@link BreakingCheck} and names each finding's file as the user sees it.
 */
public final class InputComparison {
    /** buf's words when --path or --exclude-path leave no file to check. */
    static final String NOTHING_TARGETED = "no .proto files were targeted. This can occur if no .proto files are found "
            + "in your input, --path points to files that do not exist, or --exclude-path excludes all files.";

    private final InputLoader currentLoader;
    private final InputLoader previousLoader;

    public InputComparison(InputLoader loader) {
        this(loader, loader);
    }

    /** Each side with its own loader: the previous one may keep its compiles in a cache, the current one not. */
    public InputComparison(InputLoader currentLoader, InputLoader previousLoader) {
        this.currentLoader = currentLoader;
        this.previousLoader = previousLoader;
    }

    /** Both inputs of a comparison, loaded. */
    public record Loaded(InputLoader.Loaded current, InputLoader.Loaded previous) {
    }

    /**
     * The findings of {@code request} in buf's order, paths as shown to the user.
     *
     * @throws InputException when an input does not load (compile errors, unreadable descriptor set, bad config)
     */
    public List<Finding> run(BreakingRequest request) {
        Loaded sides = load(request.input(), request.inputConfig(), request.against(), request.againstConfig());
        return check(sides, request.scope(), sides.current()::displayPath);
    }

    /** Loads the input here and the previous one on a second core: the two are independent. */
    public Loaded load(Path input, BufConfig inputConfig, Path against, BufConfig againstConfig) {
        CompletableFuture<InputLoader.Loaded> previous = CompletableFuture.supplyAsync(
                () -> previousLoader.load(against, againstConfig));
        InputLoader.Loaded current = currentLoader.load(input, inputConfig);
        try {
            return new Loaded(current, previous.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Narrows both sides to {@code scope}, checks them and shows each file by {@code shownPath}. */
    public static List<Finding> check(Loaded sides, CheckScope scope, Function<String, String> shownPath) {
        Image currentImage = narrow(sides.current().image(), scope);
        if ((!scope.paths().isEmpty() || !scope.excludePaths().isEmpty())
                && currentImage.files().stream().allMatch(ProtoFile::isImport)) {
            // as buf: a check of nothing is a mistake (a misspelt --path), not a pass
            throw new InputException("", NOTHING_TARGETED);
        }
        Image previousImage = narrow(sides.previous().image(), scope);
        if (scope.limitToInputFiles()) {
            Set<String> inInput = currentImage.files().stream().map(ProtoFile::path).collect(Collectors.toSet());
            previousImage = new Image(previousImage.files().stream().filter(f -> inInput.contains(f.path())).toList());
        }
        return BreakingCheck.run(previousImage, currentImage, sides.current().config(), sides.current()::moduleOf).stream()
                .map(f -> f.withPath(f.path() == null ? null : shownPath.apply(f.path())))
                .sorted(Finding.ORDER)
                .toList();
    }

    private static Image narrow(Image image, CheckScope scope) {
        Image narrowed = ImageFilter.paths(image, scope.paths(), scope.excludePaths());
        return scope.excludeImports() ? narrowed.withoutImports() : narrowed;
    }
}
