package dev.protovet.engine.rules;

import dev.protovet.engine.pair.EnumValuePair;

/** A rule judging one EnumValuePair at a time. */
public non-sealed interface EnumValuePairRule extends Rule {
    void check(EnumValuePair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().enumValues().forEach(pair -> check(pair, out.about(pair.element())));
    }
}
