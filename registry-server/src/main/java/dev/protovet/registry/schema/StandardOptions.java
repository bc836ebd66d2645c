package dev.protovet.registry.schema;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.squareup.wire.schema.internal.parser.OptionElement;
import java.util.List;
import java.util.Map;

/**
 * Sets options written in a schema on descriptor.proto's options message ({@code FieldOptions} and so on), finding
 * each option by name through protobuf-java's reflection.
 *
 * <p>Custom options ({@code (my.option) = ...}) are dropped: writing them would mean encoding each value as an unknown
 * field of the extension's type, and the breaking rules only read standard options. Names descriptor.proto does not
 * know are dropped too (Wire has already accepted the schema, so they can only be options of a newer protobuf).
 */
final class StandardOptions {
    private StandardOptions() {
    }

    /** {@code empty} with every standard option of {@code options} set; returns the built message. */
    @SuppressWarnings("unchecked")
    static <T extends Message> T apply(T empty, List<OptionElement> options) {
        Message.Builder builder = empty.toBuilder();
        for (OptionElement option : options) {
            set(builder, option);
        }
        return (T) builder.build();
    }

    private static void set(Message.Builder builder, OptionElement option) {
        if (option.isParenthesized()) {
            return;
        }
        String[] parts = option.getName().split("\\.");
        Message.Builder target = builder;
        for (int i = 0; i < parts.length - 1; i++) {
            FieldDescriptor field = target.getDescriptorForType().findFieldByName(parts[i]);
            if (field == null || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || field.isRepeated()) {
                return;
            }
            target = target.getFieldBuilder(field);
        }
        FieldDescriptor field = target.getDescriptorForType().findFieldByName(parts[parts.length - 1]);
        if (field == null) {
            return;
        }
        setValue(target, field, option.getKind(), option.getValue());
    }

    private static void setValue(Message.Builder target, FieldDescriptor field, OptionElement.Kind kind, Object value) {
        if (kind == OptionElement.Kind.OPTION) {
            // option a = {...} written as a.b = c: Wire nests the rest of the name in the value
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated()) {
                set(target.getFieldBuilder(field), (OptionElement) value);
            }
            return;
        }
        if (kind == OptionElement.Kind.LIST) {
            for (Object element : (List<?>) value) {
                Object converted = convert(target, field, element);
                if (converted != null) {
                    target.addRepeatedField(field, converted);
                }
            }
            return;
        }
        Object converted = convert(target, field, value);
        if (converted == null) {
            return;
        }
        if (field.isRepeated()) {
            target.addRepeatedField(field, converted);
        } else {
            target.setField(field, converted);
        }
    }

    /** The value as protobuf-java wants it for {@code field}; null when it does not fit (then it is dropped). */
    private static Object convert(Message.Builder target, FieldDescriptor field, Object value) {
        if (value instanceof OptionElement.OptionPrimitive primitive) {
            value = primitive.getValue();
        }
        try {
            return switch (field.getJavaType()) {
                case BOOLEAN -> Boolean.parseBoolean(value.toString());
                case STRING -> value.toString();
                case INT -> (int) Long.decode(value.toString()).longValue();
                case LONG -> field.getType() == FieldDescriptor.Type.UINT64 || field.getType() == FieldDescriptor.Type.FIXED64
                        ? Long.parseUnsignedLong(value.toString()) : Long.decode(value.toString());
                case FLOAT -> Float.parseFloat(value.toString());
                case DOUBLE -> Double.parseDouble(value.toString());
                case ENUM -> enumValue(field, value.toString());
                case BYTE_STRING -> com.google.protobuf.ByteString.copyFromUtf8(value.toString());
                case MESSAGE -> value instanceof Map<?, ?> map ? message(target.newBuilderForField(field), map) : null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static EnumValueDescriptor enumValue(FieldDescriptor field, String name) {
        return field.getEnumType().findValueByName(name);
    }

    private static Message message(Message.Builder builder, Map<?, ?> fields) {
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            String name = entry.getKey().toString();
            if (name.startsWith("[") || name.startsWith("(")) {
                continue; // an extension inside an aggregate value: custom, dropped
            }
            FieldDescriptor field = builder.getDescriptorForType().findFieldByName(name);
            if (field == null) {
                continue;
            }
            Object value = entry.getValue();
            OptionElement.Kind kind = value instanceof List<?> ? OptionElement.Kind.LIST : OptionElement.Kind.STRING;
            setValue(builder, field, kind, value);
        }
        return builder.build();
    }
}
