package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.Oneof;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/** FIELD_SAME_ONEOF: a field may not move into, out of, or between oneofs (synthetic oneofs do not count). */
public final class FieldSameOneof implements FieldPairRule {
    @Override
    public void check(FieldPair pair, Findings out) {
        if (pair.previous().isExtension()) {
            return;
        }
        Oneof before = realOneof(pair.previous());
        Oneof now = realOneof(pair.current());
        if (before == null && now == null) {
            return;
        }
        String description = pair.current().description();
        if (before != null && now != null) {
            if (!before.name().equals(now.name())) {
                out.add(pair.current().source(), pair.previous().source(), description + " moved from oneof \""
                        + before.name() + "\" to oneof \"" + now.name() + "\".");
            }
            return;
        }
        out.add(pair.current().source(), pair.previous().source(), description + (now != null
                ? " moved from outside to inside a oneof." : " moved from inside to outside a oneof."));
    }

    private static Oneof realOneof(Field field) {
        return field.oneof() == null || field.oneof().synthetic() ? null : field.oneof();
    }
}
