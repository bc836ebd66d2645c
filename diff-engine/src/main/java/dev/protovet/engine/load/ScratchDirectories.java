package dev.protovet.engine.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes scratch directories: protoc's, extracted inputs', the well-known types'. */
public final class ScratchDirectories {
    private ScratchDirectories() {
    }

    /** Deletes {@code dir} and everything in it, as far as it can; null or missing is nothing to do. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a scratch directory left behind is harmless
        }
    }
}
