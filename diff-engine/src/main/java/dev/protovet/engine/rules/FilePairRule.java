package dev.protovet.engine.rules;

import dev.protovet.engine.pair.FilePair;

/** A rule judging one FilePair at a time. */
public interface FilePairRule extends Rule {
    void check(FilePair pair, Findings out);
}
