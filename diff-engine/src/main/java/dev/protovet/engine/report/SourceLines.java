package dev.protovet.engine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** The lines that {@link PrettyWriter} underlines, read from the files the findings name. */
public final class SourceLines {
    private SourceLines() {
    }

    /** {@code file}'s lines; null when it is not a readable text file (the writer then shows no source line). */
    public static List<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** {@link #read} of {@code path} resolved against {@code directory}; null for a path that is not one. */
    public static List<String> under(Path directory, String path) {
        try {
            return read(directory.resolve(path));
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
