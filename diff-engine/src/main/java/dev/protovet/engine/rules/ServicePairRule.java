package dev.protovet.engine.rules;

import dev.protovet.engine.pair.ServicePair;

/** A rule judging one ServicePair at a time. */
public interface ServicePairRule extends Rule {
    void check(ServicePair pair, Findings out);
}
