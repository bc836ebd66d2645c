package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import dev.protovet.engine.model.FieldKind;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Map;

/** FIELD_WIRE_COMPATIBLE_TYPE: a field's type may only change to one that reads the same bytes. */
public final class FieldWireCompatibleType implements FieldPairRule {
    static final String SEE = " See https://developers.google.com/protocol-buffers/docs/proto3#updating for wire compatibility rules.";
    private static final Map<FieldKind, Integer> GROUPS = Map.ofEntries(
            Map.entry(FieldKind.INT32, 1), Map.entry(FieldKind.INT64, 1), Map.entry(FieldKind.UINT32, 1),
            Map.entry(FieldKind.UINT64, 1), Map.entry(FieldKind.BOOL, 1),
            Map.entry(FieldKind.SINT32, 2), Map.entry(FieldKind.SINT64, 2),
            Map.entry(FieldKind.STRING, 3), Map.entry(FieldKind.BYTES, 4),
            Map.entry(FieldKind.FIXED32, 5), Map.entry(FieldKind.SFIXED32, 5),
            Map.entry(FieldKind.FIXED64, 6), Map.entry(FieldKind.SFIXED64, 6),
            Map.entry(FieldKind.DOUBLE, 7), Map.entry(FieldKind.FLOAT, 8), Map.entry(FieldKind.GROUP, 9),
            Map.entry(FieldKind.MESSAGE, 10), Map.entry(FieldKind.ENUM, 11));

    @Override
    public void check(FieldPair pair, Findings out) {
        FieldKind before = pair.previous().kind();
        FieldKind now = pair.current().kind();
        if (!GROUPS.get(before).equals(GROUPS.get(now))) {
            if (before == FieldKind.STRING && now == FieldKind.BYTES) {
                return; // every string is valid bytes
            }
            String extra = before == FieldKind.BYTES && now == FieldKind.STRING
                    ? SEE + " Note that while string and bytes are compatible if the data is valid UTF-8, there is"
                      + " no way to enforce that a bytes field is UTF-8, so these fields may be incompatible."
                    : SEE;
            FieldTypeChange.kindChanged(pair, out, extra);
            return;
        }
        boolean renamed = !pair.previous().typeName().equals(pair.current().typeName());
        Type type = pair.current().type();
        if (renamed && type == Type.TYPE_ENUM) {
            FieldTypeChange.enumTypeChanged(pair, out);
        } else if (renamed && (type == Type.TYPE_GROUP || type == Type.TYPE_MESSAGE)) {
            FieldTypeChange.typeNameChanged(pair, out);
        }
    }
}
