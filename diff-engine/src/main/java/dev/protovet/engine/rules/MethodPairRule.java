package dev.protovet.engine.rules;

import dev.protovet.engine.pair.MethodPair;

/** A rule judging one MethodPair at a time. */
public non-sealed interface MethodPairRule extends Rule {
    void check(MethodPair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().methods().forEach(pair -> check(pair, out.about(pair.element())));
    }
}
