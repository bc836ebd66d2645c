package dev.protovet.engine.rules;

import dev.protovet.engine.confluent.Difference;

/** A rule judging one of Confluent's differences at a time. */
public non-sealed interface DifferenceRule extends Rule {
    void check(Difference difference, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        input.confluentDifferences().forEach(difference -> check(difference, out));
    }
}
