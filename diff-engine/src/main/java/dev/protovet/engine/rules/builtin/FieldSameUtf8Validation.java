package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.FieldKind;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/** FIELD_SAME_UTF8_VALIDATION: a string field keeps its resolved {@code utf8_validation} feature. */
public final class FieldSameUtf8Validation implements FieldPairRule {
    static final int OPTIONS = 8, FEATURES = 21, UTF8_VALIDATION = 4;

    @Override
    public void check(FieldPair pair, Findings out) {
        if (pair.previous().kind() != FieldKind.STRING || pair.current().kind() != FieldKind.STRING) {
            return;
        }
        var before = pair.previous().features().utf8Validation();
        var now = pair.current().features().utf8Validation();
        if (before != now) {
            out.add(Findings.firstLocated(pair.current().source().child(OPTIONS, FEATURES, UTF8_VALIDATION), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(OPTIONS, FEATURES, UTF8_VALIDATION), pair.previous().source()),
                    pair.current().description() + " changed UTF8 validation from " + before + " to " + now + ".");
        }
    }
}
