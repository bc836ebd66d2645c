package dev.protovet.maven;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the current protos are compared with: a directory or descriptor set, and how to name it in the log; or,
 * when there is nothing to compare with, why.
 */
record Baseline(Optional<Path> input, String description) {

    static Baseline of(Path input, String description) {
        return new Baseline(Optional.of(input), description);
    }

    static Baseline missing(String why) {
        return new Baseline(Optional.empty(), why);
    }
}
