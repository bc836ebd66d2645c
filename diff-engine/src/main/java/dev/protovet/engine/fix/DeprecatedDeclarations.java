package dev.protovet.engine.fix;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.ImageBuilder;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Syntax;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A deleted field or enum value as it was declared, marked {@code [deprecated = true]}: same label, type, name,
 * number, default, JSON name and options, so that nothing but the deprecation differs from the previous version.
 */
final class DeprecatedDeclarations {
    private final Declarations previous;
    private final TypeNames typeNames;

    DeprecatedDeclarations(Declarations previous, TypeNames typeNames) {
        this.previous = previous;
        this.typeNames = typeNames;
    }

    /** The field declared again inside the message {@code scope} of {@code file}. */
    Restoration field(Field field, ProtoFile file, String scope) {
        if (field.syntax() != file.syntax()) {
            return Restoration.refused("the file's syntax changed from " + field.syntax() + " to " + file.syntax());
        }
        if (field.type() == Type.TYPE_GROUP && field.syntax() == Syntax.PROTO2) {
            return Restoration.refused("it was a group, which protovet does not write back");
        }
        List<String> imports = new ArrayList<>();
        String type;
        if (field.map()) {
            MessageType entry = previous.messages().get(field.typeNameWithoutDot());
            Map<Integer, Field> entryFields = entry == null ? Map.of() : Pairing.numberToField(entry.fields());
            Field key = entryFields.get(1);
            Field value = entryFields.get(2);
            Optional<String> valueType = value == null ? Optional.empty() : typeOf(value, file, scope, imports);
            if (key == null || valueType.isEmpty()) {
                return refusedType(value == null ? field.typeNameWithoutDot() : value.typeNameWithoutDot());
            }
            type = "map<" + scalar(key.type()) + ", " + valueType.get() + ">";
        } else {
            Optional<String> named = typeOf(field, file, scope, imports);
            if (named.isEmpty()) {
                return refusedType(field.typeNameWithoutDot());
            }
            type = named.get();
        }
        Optional<String> options = OptionList.deprecated(leadingOptions(field), field.options());
        if (options.isEmpty()) {
            return Restoration.refused("it has custom options, which protovet cannot write back");
        }
        return Restoration.of(label(field) + type + " " + field.name() + " = " + field.number() + " " + options.get()
                + ";", imports);
    }

    /** The enum value declared again. */
    static Restoration enumValue(EnumValue value) {
        return OptionList.deprecated(List.of(), value.options())
                .map(options -> Restoration.of(value.name() + " = " + value.number() + " " + options + ";", List.of()))
                .orElseGet(() -> Restoration.refused("it has custom options, which protovet cannot write back"));
    }

    private static Restoration refusedType(String typeName) {
        return Restoration.refused("its type " + typeName + " is not in the current image");
    }

    private Optional<String> typeOf(Field field, ProtoFile file, String scope, List<String> imports) {
        if (field.typeName().isEmpty()) {
            return Optional.of(scalar(field.type()));
        }
        return typeNames.refer(field.typeName(), scope, file.packageName()).map(reference -> {
            if (!reference.file().equals(file.path()) && !file.dependencies().contains(reference.file())) {
                imports.add(reference.file());
            }
            return reference.name();
        });
    }

    private static String scalar(Type type) {
        return type.name().substring("TYPE_".length()).toLowerCase(Locale.ROOT);
    }

    private static String label(Field field) {
        if (field.map() || field.oneof() != null && !field.oneof().synthetic()) {
            return "";
        }
        if (field.isRepeated()) {
            return "repeated ";
        }
        return switch (field.syntax()) {
            case PROTO2 -> field.isRequired() ? "required " : "optional ";
            case PROTO3 -> field.oneof() != null ? "optional " : "";
            case EDITIONS -> "";
        };
    }

    /** {@code default} and an explicit {@code json_name}: fields of the descriptor written as options. */
    private static List<String> leadingOptions(Field field) {
        List<String> leading = new ArrayList<>();
        if (field.hasDefault()) {
            String value = switch (field.type()) {
                case TYPE_STRING -> OptionList.quoted(field.defaultValue());
                case TYPE_BYTES -> "\"" + field.defaultValue() + "\""; // kept C-escaped in the descriptor
                default -> field.defaultValue();
            };
            leading.add("default = " + value);
        }
        if (!field.isExtension() && !field.jsonName().equals(ImageBuilder.defaultJsonName(field.name()))) {
            leading.add("json_name = " + OptionList.quoted(field.jsonName()));
        }
        return leading;
    }
}
