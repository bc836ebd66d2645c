package dev.protovet.engine.rules;

import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.pair.Pairing;

/** A rule judging one MessagePair at a time. */
public non-sealed interface MessagePairRule extends Rule {
    void check(MessagePair pair, Findings out);

    @Override
    default void checkAll(Pairing pairing, Findings out) {
        pairing.messages().forEach(pair -> check(pair, out));
    }
}
