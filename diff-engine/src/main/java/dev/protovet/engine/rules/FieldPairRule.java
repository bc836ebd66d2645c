package dev.protovet.engine.rules;

import dev.protovet.engine.pair.FieldPair;

/** A rule judging one FieldPair at a time. */
public interface FieldPairRule extends Rule {
    void check(FieldPair pair, Findings out);
}
