package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/** FIELD_SAME_TYPE: a field keeps its exact type, including the message or enum it names. */
public final class FieldSameType implements FieldPairRule {
    @Override
    public void check(FieldPair pair, Findings out) {
        if (pair.previous().kind() != pair.current().kind()) {
            FieldTypeChange.kindChanged(pair, out, "");
            return;
        }
        Type type = pair.current().type();
        if ((type == Type.TYPE_ENUM || type == Type.TYPE_GROUP || type == Type.TYPE_MESSAGE)
                && !pair.previous().typeName().equals(pair.current().typeName())) {
            FieldTypeChange.typeNameChanged(pair, out);
        }
    }
}
