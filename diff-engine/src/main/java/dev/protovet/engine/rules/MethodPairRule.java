package dev.protovet.engine.rules;

import dev.protovet.engine.pair.MethodPair;

/** A rule judging one MethodPair at a time. */
public interface MethodPairRule extends Rule {
    void check(MethodPair pair, Findings out);
}
