package dev.protovet.engine.rules;

import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.pair.Pairing;

/** A rule judging one FieldPair at a time. */
public non-sealed interface FieldPairRule extends Rule {
    void check(FieldPair pair, Findings out);

    @Override
    default void checkAll(Pairing pairing, Findings out) {
        pairing.fields().forEach(pair -> check(pair, out));
    }
}
