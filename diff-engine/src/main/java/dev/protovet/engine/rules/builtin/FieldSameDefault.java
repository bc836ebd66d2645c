package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/** FIELD_SAME_DEFAULT: a scalar field keeps its default value (explicit or implied). */
public final class FieldSameDefault implements FieldPairRule {
    private static final int DEFAULT_VALUE = 7;

    @Override
    public void check(FieldPair pair, Findings out) {
        if (!FieldDefault.applies(pair.previous()) || !FieldDefault.applies(pair.current())) {
            return;
        }
        FieldDefault before = FieldDefault.of(pair.previous(), pair.previousEnum());
        FieldDefault now = FieldDefault.of(pair.current(), pair.currentEnum());
        if ((before.isZero() && now.isZero()) || before.sameAs(now)) {
            return;
        }
        out.add(Findings.firstLocated(pair.current().source().child(DEFAULT_VALUE), pair.current().source()),
                Findings.firstLocated(pair.previous().source().child(DEFAULT_VALUE), pair.previous().source()),
                pair.current().description() + " changed default value from " + before.printable() + " to "
                        + now.printable() + ".");
    }
}
