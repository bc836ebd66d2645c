package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.FieldKind;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Map;

/** FIELD_WIRE_JSON_COMPATIBLE_TYPE: a field's type may only change to one that reads the same bytes and JSON. */
public final class FieldWireJsonCompatibleType implements FieldPairRule {
    private static final Map<FieldKind, Integer> GROUPS = Map.ofEntries(
            Map.entry(FieldKind.INT32, 1), Map.entry(FieldKind.UINT32, 1),
            Map.entry(FieldKind.INT64, 2), Map.entry(FieldKind.UINT64, 2),
            Map.entry(FieldKind.FIXED32, 3), Map.entry(FieldKind.SFIXED32, 3),
            Map.entry(FieldKind.FIXED64, 4), Map.entry(FieldKind.SFIXED64, 4),
            Map.entry(FieldKind.BOOL, 5), Map.entry(FieldKind.SINT32, 6), Map.entry(FieldKind.SINT64, 7),
            Map.entry(FieldKind.STRING, 8), Map.entry(FieldKind.BYTES, 9), Map.entry(FieldKind.DOUBLE, 10),
            Map.entry(FieldKind.FLOAT, 11), Map.entry(FieldKind.GROUP, 12), Map.entry(FieldKind.MESSAGE, 13),
            Map.entry(FieldKind.ENUM, 14));

    @Override
    public void check(FieldPair pair, Findings out) {
        FieldKind before = pair.previous().kind();
        FieldKind now = pair.current().kind();
        if (!GROUPS.get(before).equals(GROUPS.get(now))) {
            FieldTypeChange.kindChanged(pair, out, FieldWireCompatibleType.SEE.replace("wire compatibility rules.",
                    "wire compatibility rules and https://developers.google.com/protocol-buffers/docs/proto3#json"
                            + " for JSON compatibility rules."));
            return;
        }
        boolean renamed = !pair.previous().typeName().equals(pair.current().typeName());
        if (renamed && now == FieldKind.ENUM) {
            FieldTypeChange.enumTypeChanged(pair, out);
        } else if (renamed && (now == FieldKind.GROUP || now == FieldKind.MESSAGE)) {
            FieldTypeChange.typeNameChanged(pair, out);
        }
    }
}
