package dev.protovet.engine.rules;

import dev.protovet.engine.pair.FilePair;

/** A rule judging one FilePair at a time. */
public non-sealed interface FilePairRule extends Rule {
    void check(FilePair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().files().forEach(pair -> check(pair, out.about(pair.current().path())));
    }
}
