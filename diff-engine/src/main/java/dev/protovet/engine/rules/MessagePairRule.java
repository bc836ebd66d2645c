package dev.protovet.engine.rules;

import dev.protovet.engine.pair.MessagePair;

/** A rule judging one MessagePair at a time. */
public interface MessagePairRule extends Rule {
    void check(MessagePair pair, Findings out);
}
