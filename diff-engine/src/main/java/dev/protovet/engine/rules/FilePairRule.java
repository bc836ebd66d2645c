package dev.protovet.engine.rules;

import dev.protovet.engine.pair.FilePair;
import dev.protovet.engine.pair.Pairing;

/** A rule judging one FilePair at a time. */
public non-sealed interface FilePairRule extends Rule {
    void check(FilePair pair, Findings out);

    @Override
    default void checkAll(Pairing pairing, Findings out) {
        pairing.files().forEach(pair -> check(pair, out));
    }
}
