package dev.protovet.engine.rules;

import dev.protovet.engine.pair.FieldPair;

/** A rule judging one FieldPair at a time. */
public non-sealed interface FieldPairRule extends Rule {
    void check(FieldPair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().fields().forEach(pair -> check(pair, out.about(pair.element())));
    }
}
