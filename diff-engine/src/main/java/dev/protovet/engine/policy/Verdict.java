package dev.protovet.engine.policy;

/** What becomes of a finding under a {@link BreakingPolicy}. */
public enum Verdict {
    /** It breaks the check: printed, and the exit code says so. */
    FAILS,
    /** Printed as a warning; it fails the check only with {@code --fail-on warning}. */
    WARNS,
    /** An entry of the accepted-changes file lets it pass. */
    ACCEPTED,
    /** A {@code protovet:breaking:ignore} comment on its element lets it pass. */
    IGNORED;

    /** Whether the buf-compatible formats print it: failures and warnings, not what was let pass. */
    public boolean shown() {
        return this == FAILS || this == WARNS;
    }
}
