package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import dev.protovet.engine.model.MessageType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints a {@code FileDescriptorProto} as {@code .proto} text (proto2 or proto3) that compiles back to the same
 * descriptor: fields, nested types and enum values keep their order (a map's entry message appears where its field
 * is), type names are printed fully qualified. Custom options, which a descriptor only holds as unknown fields, are
 * not printed; groups cannot be printed and are rejected.
 */
public final class DescriptorPrinter {

    private final StringBuilder out = new StringBuilder();
    private final boolean proto3;

    private DescriptorPrinter(boolean proto3) {
        this.proto3 = proto3;
    }

    /** The {@code .proto} text of {@code file}; throws IllegalArgumentException for a file with groups. */
    public static String print(FileDescriptorProto file) {
        DescriptorPrinter printer = new DescriptorPrinter(file.getSyntax().equals("proto3"));
        printer.file(file);
        return printer.out.toString();
    }

    private void file(FileDescriptorProto file) {
        if (!file.getSyntax().isEmpty() && !file.getSyntax().equals("proto2") && !file.getSyntax().equals("proto3")) {
            throw new IllegalArgumentException("syntax \"" + file.getSyntax() + "\" cannot be printed");
        }
        line(0, "syntax = " + quote(proto3 ? "proto3" : "proto2") + ";");
        if (file.hasPackage()) {
            out.append('\n');
            line(0, "package " + file.getPackage() + ";");
        }
        if (file.getDependencyCount() > 0) {
            out.append('\n');
        }
        for (int i = 0; i < file.getDependencyCount(); i++) {
            String kind = file.getPublicDependencyList().contains(i) ? "public "
                    : file.getWeakDependencyList().contains(i) ? "weak " : "";
            line(0, "import " + kind + quote(file.getDependency(i)) + ";");
        }
        if (file.hasOptions()) {
            out.append('\n');
            optionStatements(0, file.getOptions());
        }
        for (DescriptorProto message : file.getMessageTypeList()) {
            out.append('\n');
            message(0, message);
        }
        for (EnumDescriptorProto enumeration : file.getEnumTypeList()) {
            out.append('\n');
            enumeration(0, enumeration);
        }
        if (file.getExtensionCount() > 0) {
            out.append('\n');
            extensions(0, file.getExtensionList());
        }
        for (ServiceDescriptorProto service : file.getServiceList()) {
            out.append('\n');
            service(0, service);
        }
    }

    private void message(int depth, DescriptorProto message) {
        line(depth, "message " + message.getName() + " {");
        int inner = depth + 1;
        if (message.hasOptions()) {
            optionStatements(inner, message.getOptions());
        }
        Fields fields = new Fields(message);
        for (DescriptorProto nested : message.getNestedTypeList()) {
            if (nested.getOptions().getMapEntry()) {
                fields.printThroughMapField(inner, nested.getName());
            } else {
                message(inner, nested);
            }
        }
        fields.printThrough(inner, message.getFieldCount() - 1);
        for (EnumDescriptorProto enumeration : message.getEnumTypeList()) {
            enumeration(inner, enumeration);
        }
        if (message.getExtensionRangeCount() > 0) {
            List<String> ranges = new ArrayList<>();
            for (DescriptorProto.ExtensionRange range : message.getExtensionRangeList()) {
                ranges.add(range(range.getStart(), range.getEnd() - 1, MessageType.MAX_FIELD_NUMBER));
            }
            line(inner, "extensions " + String.join(", ", ranges) + ";");
        }
        extensions(inner, message.getExtensionList());
        if (message.getReservedRangeCount() > 0) {
            List<String> ranges = new ArrayList<>();
            for (DescriptorProto.ReservedRange range : message.getReservedRangeList()) {
                ranges.add(range(range.getStart(), range.getEnd() - 1, MessageType.MAX_FIELD_NUMBER));
            }
            line(inner, "reserved " + String.join(", ", ranges) + ";");
        }
        reservedNames(inner, message.getReservedNameList());
        line(depth, "}");
    }

    /** Prints a message's fields in order, each oneof as one block where its first member is. */
    private final class Fields {
        private final DescriptorProto message;
        private final Set<Integer> printedOneofs = new HashSet<>();
        private int next;

        Fields(DescriptorProto message) {
            this.message = message;
        }

        void printThroughMapField(int depth, String entryName) {
            String suffix = "." + message.getName() + "." + entryName;
            for (int i = next; i < message.getFieldCount(); i++) {
                if (message.getField(i).getTypeName().endsWith(suffix)) {
                    printThrough(depth, i);
                    return;
                }
            }
        }

        void printThrough(int depth, int last) {
            for (; next <= last; next++) {
                FieldDescriptorProto field = message.getField(next);
                if (field.hasOneofIndex() && !field.getProto3Optional()) {
                    int index = field.getOneofIndex();
                    if (printedOneofs.add(index)) {
                        oneof(depth, message.getOneofDecl(index), index);
                    }
                } else {
                    field(depth, field, mapEntry(field));
                }
            }
        }

        private void oneof(int depth, OneofDescriptorProto oneof, int index) {
            line(depth, "oneof " + oneof.getName() + " {");
            if (oneof.hasOptions()) {
                optionStatements(depth + 1, oneof.getOptions());
            }
            for (FieldDescriptorProto member : message.getFieldList()) {
                if (member.hasOneofIndex() && member.getOneofIndex() == index && !member.getProto3Optional()) {
                    field(depth + 1, member, null);
                }
            }
            line(depth, "}");
        }

        private DescriptorProto mapEntry(FieldDescriptorProto field) {
            if (field.getType() != FieldDescriptorProto.Type.TYPE_MESSAGE
                    || field.getLabel() != FieldDescriptorProto.Label.LABEL_REPEATED) {
                return null;
            }
            for (DescriptorProto nested : message.getNestedTypeList()) {
                if (nested.getOptions().getMapEntry()
                        && field.getTypeName().endsWith("." + message.getName() + "." + nested.getName())) {
                    return nested;
                }
            }
            return null;
        }
    }

    private void field(int depth, FieldDescriptorProto field, DescriptorProto mapEntry) {
        if (field.getType() == FieldDescriptorProto.Type.TYPE_GROUP) {
            throw new IllegalArgumentException("field " + field.getName() + " is a group, which cannot be printed");
        }
        StringBuilder text = new StringBuilder();
        if (mapEntry != null) {
            text.append("map<").append(type(mapEntry.getField(0))).append(", ").append(type(mapEntry.getField(1)))
                    .append("> ");
        } else {
            text.append(label(field)).append(type(field)).append(' ');
        }
        text.append(field.getName()).append(" = ").append(field.getNumber());
        List<String> options = new ArrayList<>();
        if (field.hasDefaultValue()) {
            options.add("default = " + defaultValue(field));
        }
        if (field.hasJsonName() && !field.getJsonName().equals(DescriptorConverter.jsonName(field.getName()))) {
            options.add("json_name = " + quote(field.getJsonName()));
        }
        if (field.hasOptions()) {
            options.addAll(optionAssignments(field.getOptions()));
        }
        if (!options.isEmpty()) {
            text.append(" [").append(String.join(", ", options)).append(']');
        }
        line(depth, text.append(';').toString());
    }

    private String label(FieldDescriptorProto field) {
        if (field.getLabel() == FieldDescriptorProto.Label.LABEL_REPEATED) {
            return "repeated ";
        }
        if (field.getLabel() == FieldDescriptorProto.Label.LABEL_REQUIRED) {
            return "required ";
        }
        if (proto3) {
            return field.getProto3Optional() ? "optional " : "";
        }
        return field.hasOneofIndex() ? "" : "optional ";
    }

    private static String type(FieldDescriptorProto field) {
        return switch (field.getType()) {
            case TYPE_MESSAGE, TYPE_ENUM, TYPE_GROUP -> field.getTypeName();
            default -> field.getType().name().substring("TYPE_".length()).toLowerCase();
        };
    }

    private static String defaultValue(FieldDescriptorProto field) {
        return switch (field.getType()) {
            case TYPE_STRING -> quote(field.getDefaultValue());
            case TYPE_BYTES -> "\"" + field.getDefaultValue() + "\""; // already C-escaped in the descriptor
            default -> field.getDefaultValue();
        };
    }

    private void extensions(int depth, List<FieldDescriptorProto> extensions) {
        String extendee = null;
        for (FieldDescriptorProto extension : extensions) {
            if (!extension.getExtendee().equals(extendee)) {
                if (extendee != null) {
                    line(depth, "}");
                }
                extendee = extension.getExtendee();
                line(depth, "extend " + extendee + " {");
            }
            field(depth + 1, extension, null);
        }
        if (extendee != null) {
            line(depth, "}");
        }
    }

    private void enumeration(int depth, EnumDescriptorProto enumeration) {
        line(depth, "enum " + enumeration.getName() + " {");
        int inner = depth + 1;
        if (enumeration.hasOptions()) {
            optionStatements(inner, enumeration.getOptions());
        }
        for (EnumValueDescriptorProto value : enumeration.getValueList()) {
            String options = value.hasOptions() ? " [" + String.join(", ", optionAssignments(value.getOptions())) + "]"
                    : "";
            line(inner, value.getName() + " = " + value.getNumber() + (options.equals(" []") ? "" : options) + ";");
        }
        if (enumeration.getReservedRangeCount() > 0) {
            List<String> ranges = new ArrayList<>();
            for (EnumDescriptorProto.EnumReservedRange range : enumeration.getReservedRangeList()) {
                ranges.add(range(range.getStart(), range.getEnd(), Integer.MAX_VALUE));
            }
            line(inner, "reserved " + String.join(", ", ranges) + ";");
        }
        reservedNames(inner, enumeration.getReservedNameList());
        line(depth, "}");
    }

    private void service(int depth, ServiceDescriptorProto service) {
        line(depth, "service " + service.getName() + " {");
        int inner = depth + 1;
        if (service.hasOptions()) {
            optionStatements(inner, service.getOptions());
        }
        for (MethodDescriptorProto method : service.getMethodList()) {
            String signature = "rpc " + method.getName() + " (" + (method.getClientStreaming() ? "stream " : "")
                    + method.getInputType() + ") returns (" + (method.getServerStreaming() ? "stream " : "")
                    + method.getOutputType() + ")";
            List<String> options = method.hasOptions() ? optionAssignments(method.getOptions()) : List.of();
            if (!method.hasOptions()) {
                line(inner, signature + ";");
            } else {
                line(inner, signature + " {");
                options.forEach(option -> line(inner + 1, "option " + option + ";"));
                line(inner, "}");
            }
        }
        line(depth, "}");
    }

    private void reservedNames(int depth, List<String> names) {
        if (!names.isEmpty()) {
            line(depth, "reserved " + String.join(", ", names.stream().map(DescriptorPrinter::quote).toList()) + ";");
        }
    }

    private static String range(int start, int endInclusive, int max) {
        if (start == endInclusive) {
            return Integer.toString(start);
        }
        return start + " to " + (endInclusive == max ? "max" : Integer.toString(endInclusive));
    }

    private void optionStatements(int depth, Message options) {
        optionAssignments(options).forEach(option -> line(depth, "option " + option + ";"));
    }

    /** {@code name = value} for every standard option set; unknown fields (custom options) are not printed. */
    private static List<String> optionAssignments(Message options) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<FieldDescriptor, Object> entry : options.getAllFields().entrySet()) {
            FieldDescriptor field = entry.getKey();
            if (field.getName().equals("map_entry") || field.getName().equals("uninterpreted_option")) {
                continue;
            }
            if (field.isRepeated()) {
                for (Object element : (List<?>) entry.getValue()) {
                    out.add(field.getName() + " = " + optionValue(field, element));
                }
            } else {
                out.add(field.getName() + " = " + optionValue(field, entry.getValue()));
            }
        }
        return out;
    }

    private static String optionValue(FieldDescriptor field, Object value) {
        return switch (field.getJavaType()) {
            case STRING -> quote((String) value);
            case BYTE_STRING -> "\"" + TextFormat.escapeBytes((com.google.protobuf.ByteString) value) + "\"";
            case ENUM -> ((EnumValueDescriptor) value).getName();
            case MESSAGE -> "{ " + TextFormat.printer().shortDebugString((Message) value) + " }";
            default -> value.toString();
        };
    }

    /** A string literal; non-ASCII text stays as it is (the file is UTF-8). */
    static String quote(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format("\\%03o", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
