package dev.protovet.engine.rules;

import dev.protovet.engine.pair.EnumValuePair;
import dev.protovet.engine.pair.Pairing;

/** A rule judging one EnumValuePair at a time. */
public non-sealed interface EnumValuePairRule extends Rule {
    void check(EnumValuePair pair, Findings out);

    @Override
    default void checkAll(Pairing pairing, Findings out) {
        pairing.enumValues().forEach(pair -> check(pair, out));
    }
}
