package dev.protovet.cli;

/** protovet's exit codes, the same as buf's. */
public final class ExitCodes {
    /** Nothing to report. */
    public static final int OK = 0;
    /** An error: bad input, bad config, bad flags, a failed compile. */
    public static final int ERROR = 1;
    /** The check ran and found breaking changes. */
    public static final int FINDINGS = 100;

    private ExitCodes() {
    }
}
