package dev.protovet.cli;

import dev.protovet.engine.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes new contents over files, checks the result and puts every file back as it was when the check fails or a
 * write does: a fix never leaves a tree half-written or no longer compiling.
 */
final class RewrittenFiles {
    private RewrittenFiles() {
    }

    /**
     * @param contents  the new bytes of each file
     * @param originals the bytes each file had, to restore
     * @param check     runs once all files are written; an {@link InputException} from it undoes the writes
     */
    static void write(Map<Path, byte[]> contents, Map<Path, byte[]> originals, Runnable check) {
        try {
            for (Map.Entry<Path, byte[]> file : contents.entrySet()) {
                writeOrFail(file.getKey(), file.getValue());
            }
        } catch (RuntimeException e) {
            restore(originals);
            throw e;
        }
        try {
            check.run();
        } catch (InputException e) {
            restore(originals);
            InputException.Problem first = e.problems().isEmpty()
                    ? new InputException.Problem("", 0, 0, e.getMessage()) : e.problems().get(0);
            throw new InputException(List.of(new InputException.Problem(first.file(), first.line(), first.column(),
                    first.message() + " (in the fixed files, so every file was left as it was)")));
        } catch (RuntimeException e) {
            restore(originals);
            throw e;
        }
    }

    private static void restore(Map<Path, byte[]> originals) {
        originals.forEach((file, bytes) -> {
            try {
                Files.write(file, bytes);
            } catch (IOException ignored) {
                // the first failure is the one reported; a file that cannot be written back was not written either
            }
        });
    }

    private static void writeOrFail(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot write: " + e.getMessage());
        }
    }
}
