package dev.protovet.engine.rules;

import dev.protovet.engine.pair.EnumPair;

/** A rule judging one EnumPair at a time. */
public non-sealed interface EnumPairRule extends Rule {
    void check(EnumPair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().enums().forEach(pair -> check(pair, out.about(pair.current().fullName())));
    }
}
