package dev.protovet.maven;

import dev.protovet.inputs.ResolvedInput;
import java.nio.file.Path;

/** What the current protos are compared with, or why there is nothing to compare with. */
sealed interface Baseline extends AutoCloseable {

    /**
     * A directory or descriptor set to compare with; closing removes what was extracted for it. {@code release} is
     * the version of the release it is, or null when it is not a release of the project (a path, a git ref).
     */
    record Found(ResolvedInput input, String label, String release) implements Baseline {
        /** {@code label} names the baseline in the log: {@code dev.acme:api:1.0 (its protoset descriptor set)}. */
        static Found at(Path path, String label) {
            return new Found(new ResolvedInput(path, null), label, null);
        }

        /** The project's release {@code version}, found at {@code path}. */
        static Found release(Path path, String label, String version) {
            return new Found(new ResolvedInput(path, null), label, version);
        }

        Path path() {
            return input.path();
        }

        @Override
        public void close() {
            input.close();
        }
    }

    /** No baseline: {@code reason} says why, e.g. {@code no release of dev.acme:api before 1.0}. */
    record Missing(String reason) implements Baseline {
        @Override
        public void close() {
            // nothing was fetched
        }
    }

    @Override
    void close();
}
