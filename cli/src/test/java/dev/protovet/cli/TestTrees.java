package dev.protovet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the example trees for tests to change. */
final class TestTrees {
    private TestTrees() {
    }

    /** Copies the directory {@code from} to {@code to}, whole, and answers {@code to}. */
    static Path copyOf(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
