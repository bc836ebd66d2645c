package dev.protovet.engine.rules;

import dev.protovet.engine.pair.ServicePair;

/** A rule judging one ServicePair at a time. */
public non-sealed interface ServicePairRule extends Rule {
    void check(ServicePair pair, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.pairing().services().forEach(pair -> check(pair, out.about(pair.current().fullName())));
    }
}
