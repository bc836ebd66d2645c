package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;

/**
 * A finding with its verdict and why: for an accepted finding, the justification; for an ignored one, the comment's
 * {@code file:line (justification)}; for one that fails again, the acceptance that expired; else null.
 */
public record Judged(Finding finding, Verdict verdict, String reason) {

    public boolean isWarning() {
        return verdict == Verdict.WARNS;
    }
}
