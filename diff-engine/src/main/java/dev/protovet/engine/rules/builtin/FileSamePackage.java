package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.rules.FilePairRule;
import dev.protovet.engine.rules.Findings;

/** FILE_SAME_PACKAGE: a file may not change package. */
public final class FileSamePackage implements FilePairRule {
    private static final int PACKAGE = 2;

    @Override
    public void check(FilePair pair, Findings out) {
        FileSameValue.check(pair.previous().packageName(), pair.current().packageName(),
                pair.current().source().child(PACKAGE), pair.previous().source().child(PACKAGE), "package", out);
    }
}
