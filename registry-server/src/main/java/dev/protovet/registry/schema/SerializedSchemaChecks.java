package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What protoc refuses in a {@code FileDescriptorProto} before it would print as text: a missing or empty file name
 * ({@code CgA=}), elements without a name or with one that is no identifier, a field type or label outside
 * descriptor.proto's enums (protobuf-java keeps 99 as an unknown field and answers the default, so the printed text
 * would silently say {@code double}), an extendee on a plain field, a oneof or public import index out of range. The
 * rest (types that do not resolve, duplicates, numbers) is checked on the printed text like any schema. Messages name
 * the element, since the client sent no text to point into.
 */
final class SerializedSchemaChecks {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern TYPE_NAME = Pattern.compile("\\.?" + DOTTED.pattern());

    private final String path;

    private SerializedSchemaChecks(String path) {
        this.path = path;
    }

    /** Refuses {@code file} (registered as {@code path}) where protoc --descriptor_set_in would. */
    static void check(String path, FileDescriptorProto file) throws InvalidSchemaException {
        if (file.getName().isEmpty()) {
            throw new InvalidSchemaException(path + ": the descriptor has no file name");
        }
        SchemaLimits.check(path, file);
        new SerializedSchemaChecks(path).file(file);
    }

    private void file(FileDescriptorProto file) throws InvalidSchemaException {
        if (file.hasPackage() && !DOTTED.matcher(file.getPackage()).matches()) {
            throw refused("package \"" + file.getPackage() + "\" is not a dotted name");
        }
        for (int index : file.getPublicDependencyList()) {
            if (index < 0 || index >= file.getDependencyCount()) {
                throw refused("public import index " + index + " is out of range");
            }
        }
        for (int index : file.getWeakDependencyList()) {
            if (index < 0 || index >= file.getDependencyCount()) {
                throw refused("weak import index " + index + " is out of range");
            }
        }
        for (DescriptorProto message : file.getMessageTypeList()) {
            message(message, "");
        }
        for (EnumDescriptorProto enumeration : file.getEnumTypeList()) {
            enumeration(enumeration, "");
        }
        for (FieldDescriptorProto extension : file.getExtensionList()) {
            field(extension, "", true, 0);
        }
        for (ServiceDescriptorProto service : file.getServiceList()) {
            String name = name(service.getName(), "service", "");
            for (MethodDescriptorProto method : service.getMethodList()) {
                String methodName = name(method.getName(), "method", name + ".");
                typeName(method.getInputType(), "input type of method " + methodName);
                typeName(method.getOutputType(), "output type of method " + methodName);
            }
        }
    }

    private void message(DescriptorProto message, String scope) throws InvalidSchemaException {
        String name = name(message.getName(), "message", scope);
        for (OneofDescriptorProto oneof : message.getOneofDeclList()) {
            name(oneof.getName(), "oneof", name + ".");
        }
        for (FieldDescriptorProto field : message.getFieldList()) {
            field(field, name + ".", false, message.getOneofDeclCount());
        }
        for (FieldDescriptorProto extension : message.getExtensionList()) {
            field(extension, name + ".", true, 0);
        }
        for (DescriptorProto nested : message.getNestedTypeList()) {
            message(nested, name + ".");
        }
        for (EnumDescriptorProto enumeration : message.getEnumTypeList()) {
            enumeration(enumeration, name + ".");
        }
    }

    private void field(FieldDescriptorProto field, String scope, boolean extension, int oneofs)
            throws InvalidSchemaException {
        String name = name(field.getName(), extension ? "extension" : "field", scope);
        List<Long> types = field.getUnknownFields().getField(FieldDescriptorProto.TYPE_FIELD_NUMBER).getVarintList();
        if (!types.isEmpty()) {
            throw refused("field " + name + " has type " + types.get(0) + ", which descriptor.proto does not define");
        }
        List<Long> labels = field.getUnknownFields().getField(FieldDescriptorProto.LABEL_FIELD_NUMBER).getVarintList();
        if (!labels.isEmpty()) {
            throw refused("field " + name + " has label " + labels.get(0) + ", which descriptor.proto does not define");
        }
        if (!field.hasNumber()) {
            throw refused("field " + name + " has no number");
        }
        if (!field.hasType() && !field.hasTypeName()) {
            throw refused("field " + name + " has neither a type nor a type name");
        }
        boolean named = field.getType() == FieldDescriptorProto.Type.TYPE_MESSAGE
                || field.getType() == FieldDescriptorProto.Type.TYPE_ENUM
                || field.getType() == FieldDescriptorProto.Type.TYPE_GROUP;
        if (field.hasType() && named != field.hasTypeName()) {
            throw refused("field " + name + (named ? " has no type name" : " is a scalar but has a type name"));
        }
        if (field.hasTypeName()) {
            typeName(field.getTypeName(), "type of field " + name);
        }
        if (extension != field.hasExtendee()) {
            throw refused(extension ? "extension " + name + " extends no message" : "field " + name
                    + " names an extendee but is no extension");
        }
        if (extension) {
            typeName(field.getExtendee(), "extendee of " + name);
        }
        if (field.hasOneofIndex() && (extension || field.getOneofIndex() < 0 || field.getOneofIndex() >= oneofs)) {
            throw refused("field " + name + " has oneof index " + field.getOneofIndex() + ", which is out of range");
        }
    }

    private void enumeration(EnumDescriptorProto enumeration, String scope) throws InvalidSchemaException {
        String name = name(enumeration.getName(), "enum", scope);
        if (enumeration.getValueCount() == 0) {
            throw refused("enum " + name + " has no values");
        }
        for (EnumValueDescriptorProto value : enumeration.getValueList()) {
            name(value.getName(), "enum value", name + ".");
            if (!value.hasNumber()) {
                throw refused("enum value " + name + "." + value.getName() + " has no number");
            }
        }
    }

    private String name(String name, String what, String scope) throws InvalidSchemaException {
        if (name.isEmpty()) {
            throw refused((what.startsWith("e") || what.startsWith("o") ? "an " : "a ") + what
                    + (scope.isEmpty() ? "" : " in " + scope.substring(0, scope.length() - 1)) + " has no name");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            throw refused(what + " name \"" + scope + name + "\" is not an identifier");
        }
        return scope + name;
    }

    private void typeName(String typeName, String what) throws InvalidSchemaException {
        if (!TYPE_NAME.matcher(typeName).matches()) {
            throw refused("the " + what + " (\"" + typeName + "\") is not a type name");
        }
    }

    private InvalidSchemaException refused(String message) {
        return new InvalidSchemaException(path + ": " + message);
    }
}
