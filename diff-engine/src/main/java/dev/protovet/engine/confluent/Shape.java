package dev.protovet.engine.confluent;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.FieldKind;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import java.util.Locale;
import java.util.Map;

/**
 * A field's type as Confluent's provider sees it: a scalar (an enum counts as one), a map of two such types, or a
 * message. {@code name} is the scalar's name or the enum's or message's full name.
 */
record Shape(Kind kind, ScalarGroup group, String name, Shape key, Shape value) {

    enum Kind {
        SCALAR, MAP, MESSAGE;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The scalars that may replace each other: Confluent groups them as protobuf's guide to updating a message
     * does, with enums among the general numbers.
     */
    enum ScalarGroup {
        GENERAL_NUMBER, SIGNED_NUMBER, STRING_OR_BYTES, FIXED32, FIXED64, FLOAT, DOUBLE;

        static ScalarGroup of(FieldKind kind) {
            return switch (kind) {
                case INT32, INT64, UINT32, UINT64, BOOL, ENUM -> GENERAL_NUMBER;
                case SINT32, SINT64 -> SIGNED_NUMBER;
                case STRING, BYTES -> STRING_OR_BYTES;
                case FIXED32, SFIXED32 -> FIXED32;
                case FIXED64, SFIXED64 -> FIXED64;
                case FLOAT -> FLOAT;
                case DOUBLE -> DOUBLE;
                case MESSAGE, GROUP -> throw new IllegalArgumentException(kind + " is not a scalar");
            };
        }
    }

    /** The type of {@code field}; a map's key and value come from its entry message in {@code declarations}. */
    static Shape of(Field field, Declarations declarations) {
        if (field.map()) {
            MessageType entry = declarations.messages().get(field.typeNameWithoutDot());
            Map<Integer, Field> parts = entry == null ? Map.of() : Pairing.numberToField(entry.fields());
            if (parts.containsKey(1) && parts.containsKey(2)) {
                Shape key = of(parts.get(1), declarations);
                Shape value = of(parts.get(2), declarations);
                return new Shape(Kind.MAP, null, "map<" + key.name + ", " + value.name + ">", key, value);
            }
        }
        return switch (field.kind()) {
            case MESSAGE, GROUP -> new Shape(Kind.MESSAGE, null, field.typeNameWithoutDot(), null, null);
            case ENUM -> new Shape(Kind.SCALAR, ScalarGroup.GENERAL_NUMBER, field.typeNameWithoutDot(), null, null);
            default -> new Shape(Kind.SCALAR, ScalarGroup.of(field.kind()), field.kind().toString(), null, null);
        };
    }
}
