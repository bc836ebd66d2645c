package dev.protovet.engine.rules;

import dev.protovet.engine.pair.Pairing;

/** A rule that needs both whole images: deleted files and packages. */
public non-sealed interface ImageRule extends Rule {
    void check(Pairing pairing, Findings out);

    @Override
    default void checkAll(RuleInput input, Findings out) {
        check(input.pairing(), out);
    }
}
