package dev.protovet.engine;

/**
 * Whether a run rewrites the golden files ({@code -Dprotovet.golden.update=true}). Never under {@code CI=true}: a CI
 * run that rewrote them would pass against its own output, so asking for it there fails the run.
 */
final class GoldenUpdate {
    static final String PROPERTY = "protovet.golden.update";

    private GoldenUpdate() {
    }

    /** The answer for this JVM: its system property and its {@code CI} environment variable. */
    static boolean requested() {
        return requested(System.getProperty(PROPERTY), System.getenv("CI"));
    }

    /** @throws IllegalStateException when an update is asked for in CI */
    static boolean requested(String property, String ci) {
        boolean update = Boolean.parseBoolean(property);
        if (update && Boolean.parseBoolean(ci)) {
            throw new IllegalStateException("-D" + PROPERTY + "=true rewrites the expected files, which CI=true forbids:"
                    + " a CI run must compare with the recorded files, not pass against its own output");
        }
        return update;
    }
}
