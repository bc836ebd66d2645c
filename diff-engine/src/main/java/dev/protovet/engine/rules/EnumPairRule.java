package dev.protovet.engine.rules;

import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.pair.Pairing;

/** A rule judging one EnumPair at a time. */
public non-sealed interface EnumPairRule extends Rule {
    void check(EnumPair pair, Findings out);

    @Override
    default void checkAll(Pairing pairing, Findings out) {
        pairing.enums().forEach(pair -> check(pair, out));
    }
}
