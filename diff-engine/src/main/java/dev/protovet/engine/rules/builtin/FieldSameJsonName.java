package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/** FIELD_SAME_JSON_NAME: a field keeps its JSON name. */
public final class FieldSameJsonName implements FieldPairRule {
    private static final int JSON_NAME = 10;

    @Override
    public void check(FieldPair pair, Findings out) {
        if (pair.previous().isExtension()) {
            return; // extensions cannot set a JSON name
        }
        if (!pair.previous().jsonName().equals(pair.current().jsonName())) {
            out.add(Findings.firstLocated(pair.current().source().child(JSON_NAME), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(JSON_NAME), pair.previous().source()),
                    pair.current().description() + " changed option \"json_name\" from \"" + pair.previous().jsonName()
                            + "\" to \"" + pair.current().jsonName() + "\".");
        }
    }
}
