package dev.protovet.engine;

import dev.protovet.engine.load.InputLoader;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ImageFilter;
import dev.protovet.engine.model.ProtoFile;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * What every adapter does with a {@link BreakingRequest}: loads both inputs (in parallel), narrows them to the
 * request's scope, runs {@link BreakingCheck} and names each finding's file as the user sees it on disk.
 */
public final class InputComparison {
    private final InputLoader loader;

    public InputComparison(InputLoader loader) {
        this.loader = loader;
    }

    /**
     * The findings in buf's order, paths as shown to the user.
     *
     * @throws InputException when an input does not load (compile errors, unreadable descriptor set, bad config)
     */
    public List<Finding> run(BreakingRequest request) {
        // The two sides are independent: load the previous one on a second core while this one loads the input.
        CompletableFuture<InputLoader.Loaded> previousLoad =
                CompletableFuture.supplyAsync(() -> loader.load(request.against(), request.againstConfig()));
        InputLoader.Loaded current = loader.load(request.input(), request.inputConfig());
        InputLoader.Loaded previous = join(previousLoad);

        CheckScope scope = request.scope();
        Image currentImage = narrow(current.image(), scope);
        Image previousImage = narrow(previous.image(), scope);
        if (scope.limitToInputFiles()) {
            Set<String> inInput = currentImage.files().stream().map(ProtoFile::path).collect(Collectors.toSet());
            previousImage = new Image(previousImage.files().stream().filter(f -> inInput.contains(f.path())).toList());
        }
        return BreakingCheck.run(previousImage, currentImage, current.config(), current::moduleOf).stream()
                .map(f -> f.withPath(f.path() == null ? null : current.displayPath(f.path())))
                .sorted(Finding.ORDER)
                .toList();
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

    private static Image narrow(Image image, CheckScope scope) {
        Image narrowed = ImageFilter.paths(image, scope.paths(), scope.excludePaths());
        return scope.excludeImports() ? narrowed.withoutImports() : narrowed;
    }
}
