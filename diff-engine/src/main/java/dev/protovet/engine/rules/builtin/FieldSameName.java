package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/** FIELD_SAME_NAME: a field number keeps its name (extensions: their full name). */
public final class FieldSameName implements FieldPairRule {
    private static final int NAME = 1;

    @Override
    public void check(FieldPair pair, Findings out) {
        Field before = pair.previous();
        Field now = pair.current();
        String previousName = before.isExtension() ? before.fullName() : before.name();
        String name = before.isExtension() ? now.fullName() : now.name();
        if (!previousName.equals(name)) {
            out.add(now.source().child(NAME), before.source().child(NAME),
                    now.describe("") + " changed name from \"" + previousName + "\" to \"" + name + "\".");
        }
    }
}
