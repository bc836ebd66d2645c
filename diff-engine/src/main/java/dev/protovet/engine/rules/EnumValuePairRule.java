package dev.protovet.engine.rules;

import dev.protovet.engine.pair.EnumValuePair;

/** A rule judging one EnumValuePair at a time. */
public interface EnumValuePairRule extends Rule {
    void check(EnumValuePair pair, Findings out);
}
