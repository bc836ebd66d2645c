package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.Findings;
import java.util.HashSet;
import java.util.Set;

/** The reports shared by the three field type rules, at the type token of the current field. */
final class FieldTypeChange {
    private static final int TYPE_NAME = 6;

    private FieldTypeChange() {
    }

    static Source typeNameToken(Field field) {
        return field.source().child(TYPE_NAME).orElse(field.source());
    }

    /** The kind changed (int32 to int64, message to delimited message, ...). */
    static void kindChanged(FieldPair pair, Findings out, String extra) {
        Field now = pair.current();
        out.add(now.typeSource(), pair.previous().typeSource(), now.description() + " changed type from \""
                + pair.previous().prettyKind() + "\" to \"" + now.prettyKind() + "\"." + extra);
    }

    /** The kind is the same but the message, group or enum type is another one. */
    static void typeNameChanged(FieldPair pair, Findings out) {
        Field now = pair.current();
        out.add(typeNameToken(now), typeNameToken(pair.previous()), now.description() + " changed type from \""
                + pair.previous().typeNameWithoutDot() + "\" to \"" + now.typeNameWithoutDot() + "\".");
    }

    /**
     * An enum field that now names another enum is still wire compatible when the enum only moved or was
     * renamed in its package path: same short name, and every previous value still there.
     */
    static void enumTypeChanged(FieldPair pair, Findings out) {
        EnumType before = pair.previousEnum();
        EnumType now = pair.currentEnum();
        if (before == null || now == null || !before.name().equals(now.name()) || !isSubset(before, now)) {
            typeNameChanged(pair, out);
        }
    }

    private static boolean isSubset(EnumType subset, EnumType superset) {
        Set<String> values = new HashSet<>();
        for (EnumValue value : superset.values()) {
            values.add(value.name() + "=" + value.number());
        }
        return subset.values().stream().allMatch(v -> values.contains(v.name() + "=" + v.number()));
    }
}
