package dev.protovet.engine.fix;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bracketed options of a restored field or enum value ({@code [json_name = "x", packed = false, deprecated = true]}),
 * written from the previous descriptor: standard options by their names, message-valued ones in aggregate syntax.
 * Custom options cannot be written back from a descriptor without their definitions, so an element that has any
 * gets no option list at all.
 */
final class OptionList {
    private static final String DEPRECATED = "deprecated";

    private OptionList() {
    }

    /**
     * {@code leading} (such as {@code default = 5}) first, then every option of {@code options} but
     * {@code deprecated}, then {@code deprecated = true}; empty when {@code options} holds custom options.
     */
    static Optional<String> deprecated(List<String> leading, Message options) {
        if (hasUnknownFields(options)) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>(leading);
        for (Map.Entry<FieldDescriptor, Object> option : options.getAllFields().entrySet()) {
            FieldDescriptor field = option.getKey();
            if (field.getName().equals(DEPRECATED)) {
                continue;
            }
            String name = field.isExtension() ? "(" + field.getFullName() + ")" : field.getName();
            List<?> values = field.isRepeated() ? (List<?>) option.getValue() : List.of(option.getValue());
            values.forEach(v -> entries.add(name + " = " + value(field, v)));
        }
        entries.add(DEPRECATED + " = true");
        return Optional.of("[" + String.join(", ", entries) + "]");
    }

    /** A string as a quoted protobuf literal: {@code "a\"b"}. */
    static String quoted(String text) {
        return "\"" + TextFormat.escapeBytes(ByteString.copyFromUtf8(text)) + "\"";
    }

    private static String value(FieldDescriptor field, Object value) {
        return switch (field.getJavaType()) {
            case MESSAGE -> "{ " + TextFormat.printer().shortDebugString((Message) value) + " }";
            case ENUM -> ((EnumValueDescriptor) value).getName();
            case STRING -> quoted((String) value);
            case BYTE_STRING -> "\"" + TextFormat.escapeBytes((ByteString) value) + "\"";
            case FLOAT, DOUBLE -> number(((Number) value).doubleValue(), value.toString());
            default -> value.toString();
        };
    }

    private static String number(double value, String text) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return text;
    }

    private static boolean hasUnknownFields(Message message) {
        if (!message.getUnknownFields().asMap().isEmpty()) {
            return true;
        }
        for (Map.Entry<FieldDescriptor, Object> entry : message.getAllFields().entrySet()) {
            if (entry.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            List<?> values = entry.getKey().isRepeated() ? (List<?>) entry.getValue() : List.of(entry.getValue());
            for (Object value : values) {
                if (hasUnknownFields((Message) value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
