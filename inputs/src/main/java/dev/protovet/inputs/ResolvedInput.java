package dev.protovet.inputs;

import dev.protovet.engine.load.ScratchDirectories;
import java.nio.file.Path;

/** An input made available as a local directory or file; closing it removes what was extracted for it. */
public record ResolvedInput(Path path, Path scratch) implements AutoCloseable {

    @Override
    public void close() {
        ScratchDirectories.delete(scratch);
    }
}
