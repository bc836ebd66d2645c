package dev.protovet.engine.rules;

import dev.protovet.engine.pair.EnumPair;

/** A rule judging one EnumPair at a time. */
public interface EnumPairRule extends Rule {
    void check(EnumPair pair, Findings out);
}
