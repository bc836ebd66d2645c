package dev.protovet.engine;

import java.util.List;

/**
 * Which files of the two loaded inputs take part in a check: buf's {@code --path}, {@code --exclude-path},
 * {@code --exclude-imports} and {@code --limit-to-input-files}.
 */
public record CheckScope(List<String> paths, List<String> excludePaths, boolean excludeImports,
        boolean limitToInputFiles) {

    public CheckScope {
        paths = List.copyOf(paths);
        excludePaths = List.copyOf(excludePaths);
    }

    /** Every file of both inputs, imports included: buf's default. */
    public static CheckScope everything() {
        return new CheckScope(List.of(), List.of(), false, false);
    }
}
