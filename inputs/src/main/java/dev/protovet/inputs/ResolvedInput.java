package dev.protovet.inputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An input made available as a local directory or file; closing it removes what was extracted for it. */
public record ResolvedInput(Path path, Path scratch) implements AutoCloseable {

    @Override
    public void close() {
        if (scratch == null || !Files.exists(scratch)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(scratch)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory left behind is harmless
        }
    }
}
