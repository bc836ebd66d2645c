package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;
import java.util.Set;

/** FIELD_SAME_JSTYPE: a 64-bit integer field keeps its {@code jstype}. */
public final class FieldSameJstype implements FieldPairRule {
    private static final int OPTIONS = 8, JSTYPE = 6;
    private static final Set<Type> INT64 = Set.of(Type.TYPE_INT64, Type.TYPE_SINT64, Type.TYPE_UINT64,
            Type.TYPE_FIXED64, Type.TYPE_SFIXED64);

    @Override
    public void check(FieldPair pair, Findings out) {
        if (!INT64.contains(pair.previous().type()) || !INT64.contains(pair.current().type())) {
            return;
        }
        var before = pair.previous().options().getJstype();
        var now = pair.current().options().getJstype();
        if (before != now) {
            out.add(Findings.firstLocated(pair.current().source().child(OPTIONS, JSTYPE), pair.current().source()),
                    Findings.firstLocated(pair.previous().source().child(OPTIONS, JSTYPE), pair.previous().source()),
                    pair.current().description() + " changed option \"jstype\" from \"" + before + "\" to \"" + now + "\".");
        }
    }
}
