package dev.protovet.engine.rules;

import dev.protovet.engine.pair.MessagePair;

/** A rule judging one MessagePair at a time. */
public non-sealed interface MessagePairRule extends Rule {
    void check(MessagePair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().messages().forEach(pair -> check(pair, out.about(pair.current().fullName())));
    }
}
