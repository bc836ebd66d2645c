package dev.protovet.engine.rules.builtin;

import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.FieldOptions.CType;
import dev.protovet.engine.model.Features.CppStringType;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.FieldKind;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Syntax;
import dev.protovet.engine.pair.FieldPair;
import dev.protovet.engine.rules.FieldPairRule;
import dev.protovet.engine.rules.Findings;

/**
 * FIELD_SAME_CPP_STRING_TYPE: a string or bytes field keeps its C++ representation, from {@code ctype} or the
 * {@code (pb.cpp).string_type} feature. Moving from STRING_PIECE to STRING is allowed.
 */
public final class FieldSameCppStringType implements FieldPairRule {
    private static final int OPTIONS = 8, CTYPE = 1, FEATURES = 21, CPP = 1000, STRING_TYPE = 2;

    private record StringType(CppStringType type, boolean piece) {
        @Override
        public String toString() {
            return piece ? "STRING_PIECE" : type.name();
        }
    }

    @Override
    public void check(FieldPair pair, Findings out) {
        Field before = pair.previous();
        Field now = pair.current();
        if (before.inMapEntry() && now.inMapEntry()) {
            return; // map entries cannot choose a string type
        }
        if (!isStringOrBytes(before) || !isStringOrBytes(now)) {
            return;
        }
        StringType previous = stringType(before);
        StringType current = stringType(now);
        if (!previous.equals(current) && !(previous.piece() && current.type() == CppStringType.STRING && !current.piece())) {
            out.add(locations(now), locations(before), now.description() + " changed C++ string type from \""
                    + previous + "\" to \"" + current + "\".");
        }
    }

    private static boolean isStringOrBytes(Field field) {
        return field.kind() == FieldKind.STRING || field.kind() == FieldKind.BYTES;
    }

    private static StringType stringType(Field field) {
        if (field.edition().getNumber() < Edition.EDITION_2024.getNumber() && field.options().hasCtype()) {
            CType ctype = field.options().getCtype();
            switch (ctype) {
                case CORD:
                    return new StringType(CppStringType.CORD, false);
                case STRING_PIECE:
                    return new StringType(CppStringType.STRING, true);
                case STRING:
                    return new StringType(CppStringType.STRING, false);
                default:
                    if (field.syntax() != Syntax.EDITIONS) {
                        return new StringType(CppStringType.STRING, false);
                    }
            }
        }
        return new StringType(field.features().cppStringType(), false);
    }

    private static Source[] locations(Field field) {
        return Findings.firstLocated(field.source().child(OPTIONS, CTYPE),
                field.source().child(OPTIONS, FEATURES, CPP, STRING_TYPE), field.source());
    }
}
