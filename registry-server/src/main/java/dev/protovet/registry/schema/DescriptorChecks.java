package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * protoc's checks of a built descriptor that Wire's linker does not make: every name defined once across a file and
 * its imports (enum values are siblings of their enum, as in C++), an import listed once, reserved and extension
 * ranges that are ordered and do not overlap, extensions inside a declared range, options that fit their field
 * ({@code packed}, {@code lazy}, {@code jstype}), and proto3's bans (extension ranges, MessageSet). Problems are
 * reported at the element's source location when the file has one, protoc's wording shortened.
 */
final class DescriptorChecks {
    private static final int MAX_FIELD_NUMBER = dev.protovet.engine.model.MessageType.MAX_FIELD_NUMBER;

    private enum Kind { PACKAGE, OTHER }

    private record Symbol(Kind kind, String file) {
    }

    private final Map<String, Symbol> symbols = new HashMap<>();
    private final Map<String, DescriptorProto> messages = new HashMap<>();
    private final Map<String, String> extensionNumbers = new HashMap<>();
    private FileDescriptorProto file;
    private Map<List<Integer>, SourceCodeInfo.Location> locations;

    private DescriptorChecks() {
    }

    /** Checks {@code files}, dependencies before dependents; each file is checked against those before it. */
    static void check(List<FileDescriptorProto> files) throws InvalidSchemaException {
        DescriptorChecks checks = new DescriptorChecks();
        for (FileDescriptorProto file : files) {
            checks.collect(file);
        }
        for (FileDescriptorProto file : files) {
            checks.checkExtensions(file);
        }
    }

    /** Makes {@code file} the one problems are reported in, at its own source locations. */
    private void enter(FileDescriptorProto file) {
        this.file = file;
        this.locations = new HashMap<>();
        for (SourceCodeInfo.Location location : file.getSourceCodeInfo().getLocationList()) {
            locations.putIfAbsent(location.getPathList(), location);
        }
    }

    private void collect(FileDescriptorProto file) throws InvalidSchemaException {
        enter(file);
        Set<String> imports = new HashSet<>();
        for (int i = 0; i < file.getDependencyCount(); i++) {
            if (!imports.add(file.getDependency(i))) {
                throw problem(List.of(FileDescriptorProto.DEPENDENCY_FIELD_NUMBER, i),
                        "import \"" + file.getDependency(i) + "\" is listed twice");
            }
        }
        String pkg = file.getPackage();
        if (!pkg.isEmpty()) {
            String prefix = "";
            for (String part : pkg.split("\\.")) {
                prefix = prefix.isEmpty() ? part : prefix + "." + part;
                define(prefix, Kind.PACKAGE, List.of(FileDescriptorProto.PACKAGE_FIELD_NUMBER));
            }
        }
        String scope = pkg.isEmpty() ? "" : pkg + ".";
        boolean proto3 = file.getSyntax().equals("proto3");
        for (int i = 0; i < file.getMessageTypeCount(); i++) {
            message(file.getMessageType(i), scope, List.of(FileDescriptorProto.MESSAGE_TYPE_FIELD_NUMBER, i), proto3);
        }
        for (int i = 0; i < file.getEnumTypeCount(); i++) {
            enumeration(file.getEnumType(i), scope, List.of(FileDescriptorProto.ENUM_TYPE_FIELD_NUMBER, i));
        }
        for (int i = 0; i < file.getExtensionCount(); i++) {
            List<Integer> path = List.of(FileDescriptorProto.EXTENSION_FIELD_NUMBER, i);
            define(scope + file.getExtension(i).getName(), Kind.OTHER, named(path));
            extensionOptions(path);
        }
        for (int i = 0; i < file.getServiceCount(); i++) {
            service(file.getService(i), scope, List.of(FileDescriptorProto.SERVICE_FIELD_NUMBER, i));
        }
    }

    private void message(DescriptorProto message, String scope, List<Integer> path, boolean proto3)
            throws InvalidSchemaException {
        String name = scope + message.getName();
        define(name, Kind.OTHER, named(path));
        messages.put(name, message);
        String inner = name + ".";
        for (int i = 0; i < message.getFieldCount(); i++) {
            List<Integer> fieldPath = SourceLocator.append(path, DescriptorProto.FIELD_FIELD_NUMBER, i);
            define(inner + message.getField(i).getName(), Kind.OTHER, named(fieldPath));
            fieldOptions(message.getField(i), fieldPath);
        }
        for (int i = 0; i < message.getOneofDeclCount(); i++) {
            List<Integer> oneofPath = SourceLocator.append(path, DescriptorProto.ONEOF_DECL_FIELD_NUMBER, i);
            define(inner + message.getOneofDecl(i).getName(), Kind.OTHER, named(oneofPath));
        }
        for (int i = 0; i < message.getNestedTypeCount(); i++) {
            message(message.getNestedType(i), inner, SourceLocator.append(path, DescriptorProto.NESTED_TYPE_FIELD_NUMBER, i),
                    proto3);
        }
        for (int i = 0; i < message.getEnumTypeCount(); i++) {
            enumeration(message.getEnumType(i), inner, SourceLocator.append(path, DescriptorProto.ENUM_TYPE_FIELD_NUMBER, i));
        }
        for (int i = 0; i < message.getExtensionCount(); i++) {
            List<Integer> extensionPath = SourceLocator.append(path, DescriptorProto.EXTENSION_FIELD_NUMBER, i);
            define(inner + message.getExtension(i).getName(), Kind.OTHER, named(extensionPath));
            extensionOptions(extensionPath);
        }
        if (proto3 && message.getOptions().getMessageSetWireFormat()) {
            throw problem(named(path), "MessageSet is not supported in proto3");
        }
        if (proto3 && message.getExtensionRangeCount() > 0) {
            throw problem(SourceLocator.append(path, DescriptorProto.EXTENSION_RANGE_FIELD_NUMBER, 0),
                    "extension ranges are not allowed in proto3");
        }
        ranges(message, path);
        Set<String> reservedNames = new HashSet<>();
        for (int i = 0; i < message.getReservedNameCount(); i++) {
            if (!reservedNames.add(message.getReservedName(i))) {
                throw problem(SourceLocator.append(path, DescriptorProto.RESERVED_NAME_FIELD_NUMBER, i),
                        "field name \"" + message.getReservedName(i) + "\" is reserved twice");
            }
        }
    }

    /** Reserved ranges, then extension ranges: each ordered, none overlapping another, none holding a field. */
    private void ranges(DescriptorProto message, List<Integer> path) throws InvalidSchemaException {
        List<int[]> reserved = new ArrayList<>();
        for (int i = 0; i < message.getReservedRangeCount(); i++) {
            DescriptorProto.ReservedRange range = message.getReservedRange(i);
            List<Integer> rangePath = SourceLocator.append(path, DescriptorProto.RESERVED_RANGE_FIELD_NUMBER, i);
            int[] added = {range.getStart(), range.getEnd() - 1};
            ordered(added, rangePath, "reserved");
            overlap(added, reserved, rangePath, "reserved range", "another reserved range");
            reserved.add(added);
        }
        List<int[]> extensions = new ArrayList<>();
        for (int i = 0; i < message.getExtensionRangeCount(); i++) {
            DescriptorProto.ExtensionRange range = message.getExtensionRange(i);
            List<Integer> rangePath = SourceLocator.append(path, DescriptorProto.EXTENSION_RANGE_FIELD_NUMBER, i);
            int[] added = {range.getStart(), range.getEnd() - 1};
            if (added[0] <= 0 || added[1] > MAX_FIELD_NUMBER) {
                throw problem(rangePath, "extension numbers must be between 1 and " + MAX_FIELD_NUMBER);
            }
            ordered(added, rangePath, "extension");
            overlap(added, extensions, rangePath, "extension range", "another extension range");
            overlap(added, reserved, rangePath, "extension range", "a reserved range");
            for (FieldDescriptorProto field : message.getFieldList()) {
                if (field.getNumber() >= added[0] && field.getNumber() <= added[1]) {
                    throw problem(rangePath, "extension range " + text(added) + " includes field \""
                            + field.getName() + "\" (" + field.getNumber() + ")");
                }
            }
            extensions.add(added);
        }
    }

    private void ordered(int[] range, List<Integer> path, String what) throws InvalidSchemaException {
        if (range[1] < range[0]) {
            throw problem(path, what + " range end number must be greater than its start number");
        }
    }

    private void overlap(int[] range, List<int[]> others, List<Integer> path, String what, String other)
            throws InvalidSchemaException {
        for (int[] earlier : others) {
            if (range[0] <= earlier[1] && earlier[0] <= range[1]) {
                throw problem(path, what + " " + text(range) + " overlaps with " + other + " " + text(earlier));
            }
        }
    }

    private static String text(int[] range) {
        return range[0] == range[1] ? Integer.toString(range[0]) : range[0] + " to " + range[1];
    }

    private void fieldOptions(FieldDescriptorProto field, List<Integer> path) throws InvalidSchemaException {
        FieldOptions options = field.getOptions();
        boolean repeated = field.getLabel() == FieldDescriptorProto.Label.LABEL_REPEATED;
        boolean scalar = field.getType() != Type.TYPE_STRING && field.getType() != Type.TYPE_BYTES
                && field.getType() != Type.TYPE_MESSAGE && field.getType() != Type.TYPE_GROUP;
        if (options.getPacked() && !(repeated && scalar)) {
            throw problem(path, "[packed = ...] can only be given for repeated fields of a number, bool or enum type");
        }
        if (options.getLazy() && field.getType() != Type.TYPE_MESSAGE) {
            throw problem(path, "[lazy = true] can only be given for fields of a message type");
        }
        if (options.hasJstype() && options.getJstype() != FieldOptions.JSType.JS_NORMAL
                && !Set.of(Type.TYPE_INT64, Type.TYPE_UINT64, Type.TYPE_SINT64, Type.TYPE_FIXED64,
                        Type.TYPE_SFIXED64).contains(field.getType())) {
            throw problem(path, "jstype can only be given for 64-bit integer fields");
        }
        if (field.hasDefaultValue() && repeated) {
            throw problem(path, "repeated fields cannot have a default value");
        }
        String json = field.getJsonName();
        if (field.hasJsonName() && json.startsWith("[") && json.endsWith("]")) {
            throw problem(path, "the JSON name of field \"" + field.getName() + "\" (\"" + json
                    + "\") may not start with '[' and end with ']'");
        }
    }

    /** A json_name written on an extension (the source info holds it only when it was written). */
    private void extensionOptions(List<Integer> path) throws InvalidSchemaException {
        List<Integer> jsonName = SourceLocator.append(path, FieldDescriptorProto.JSON_NAME_FIELD_NUMBER);
        if (locations.containsKey(jsonName)) {
            throw problem(jsonName, "json_name is not allowed on extensions");
        }
    }

    private void enumeration(EnumDescriptorProto enumeration, String scope, List<Integer> path)
            throws InvalidSchemaException {
        define(scope + enumeration.getName(), Kind.OTHER, named(path));
        Set<Integer> numbers = new HashSet<>();
        boolean aliased = false;
        for (int i = 0; i < enumeration.getValueCount(); i++) {
            EnumValueDescriptorProto value = enumeration.getValue(i);
            // enum values are siblings of their enum, as in C++
            define(scope + value.getName(), Kind.OTHER, named(SourceLocator.append(path, EnumDescriptorProto.VALUE_FIELD_NUMBER, i)));
            aliased |= !numbers.add(value.getNumber());
        }
        if (enumeration.getOptions().getAllowAlias() && !aliased) {
            throw problem(named(path), "enum " + enumeration.getName() + " allows aliases but no two values share a"
                    + " number: remove 'option allow_alias = true;'");
        }
        List<int[]> reserved = new ArrayList<>();
        for (int i = 0; i < enumeration.getReservedRangeCount(); i++) {
            EnumDescriptorProto.EnumReservedRange range = enumeration.getReservedRange(i);
            List<Integer> rangePath = SourceLocator.append(path, EnumDescriptorProto.RESERVED_RANGE_FIELD_NUMBER, i);
            int[] added = {range.getStart(), range.getEnd()};
            ordered(added, rangePath, "reserved");
            overlap(added, reserved, rangePath, "reserved range", "another reserved range");
            reserved.add(added);
        }
        Set<String> reservedNames = new HashSet<>();
        for (int i = 0; i < enumeration.getReservedNameCount(); i++) {
            if (!reservedNames.add(enumeration.getReservedName(i))) {
                throw problem(SourceLocator.append(path, EnumDescriptorProto.RESERVED_NAME_FIELD_NUMBER, i),
                        "enum value name \"" + enumeration.getReservedName(i) + "\" is reserved twice");
            }
        }
    }

    private void service(ServiceDescriptorProto service, String scope, List<Integer> path)
            throws InvalidSchemaException {
        String name = scope + service.getName();
        define(name, Kind.OTHER, named(path));
        for (int i = 0; i < service.getMethodCount(); i++) {
            define(name + "." + service.getMethod(i).getName(), Kind.OTHER,
                    named(SourceLocator.append(path, ServiceDescriptorProto.METHOD_FIELD_NUMBER, i)));
        }
    }

    /** Every extension's number lies in a range its extendee declares, and no two extend one message with one number. */
    private void checkExtensions(FileDescriptorProto file) throws InvalidSchemaException {
        enter(file);
        List<FieldDescriptorProto> extensions = new ArrayList<>();
        List<List<Integer>> paths = new ArrayList<>();
        for (int i = 0; i < file.getExtensionCount(); i++) {
            extensions.add(file.getExtension(i));
            paths.add(List.of(FileDescriptorProto.EXTENSION_FIELD_NUMBER, i));
        }
        nestedExtensions(file.getMessageTypeList(), List.of(FileDescriptorProto.MESSAGE_TYPE_FIELD_NUMBER),
                extensions, paths);
        for (int i = 0; i < extensions.size(); i++) {
            FieldDescriptorProto extension = extensions.get(i);
            String extendee = extension.getExtendee().startsWith(".")
                    ? extension.getExtendee().substring(1) : extension.getExtendee();
            DescriptorProto target = messages.get(extendee);
            if (target == null) {
                continue; // Wire has already refused an extendee that does not resolve
            }
            int number = extension.getNumber();
            boolean declared = target.getExtensionRangeList().stream()
                    .anyMatch(r -> number >= r.getStart() && number < r.getEnd());
            List<Integer> numberPath = SourceLocator.append(paths.get(i), FieldDescriptorProto.NUMBER_FIELD_NUMBER);
            if (!declared) {
                throw problem(numberPath, "\"" + extendee + "\" does not declare " + number
                        + " as an extension number");
            }
            String earlier = extensionNumbers.putIfAbsent(extendee + "#" + number, extension.getName());
            if (earlier != null) {
                throw problem(numberPath, "extension number " + number + " of \"" + extendee
                        + "\" is already used by extension \"" + earlier + "\"");
            }
        }
    }

    private static void nestedExtensions(List<DescriptorProto> messages, List<Integer> listPath,
                                         List<FieldDescriptorProto> out, List<List<Integer>> paths) {
        for (int m = 0; m < messages.size(); m++) {
            List<Integer> path = SourceLocator.append(listPath, m);
            DescriptorProto message = messages.get(m);
            for (int i = 0; i < message.getExtensionCount(); i++) {
                out.add(message.getExtension(i));
                paths.add(SourceLocator.append(path, DescriptorProto.EXTENSION_FIELD_NUMBER, i));
            }
            nestedExtensions(message.getNestedTypeList(), SourceLocator.append(path, DescriptorProto.NESTED_TYPE_FIELD_NUMBER),
                    out, paths);
        }
    }

    private void define(String name, Kind kind, List<Integer> path) throws InvalidSchemaException {
        Symbol earlier = symbols.putIfAbsent(name, new Symbol(kind, file.getName()));
        if (earlier == null || earlier.kind() == Kind.PACKAGE && kind == Kind.PACKAGE) {
            return;
        }
        String where = earlier.file().equals(file.getName()) ? "" : " in " + earlier.file();
        String as = earlier.kind() != kind ? (earlier.kind() == Kind.PACKAGE ? " as a package" : " as something other"
                + " than a package") : "";
        throw problem(path, "\"" + name + "\" is already defined" + as + where);
    }

    /** The path of an element's name (where protoc reports it), or the element's when it has no name of its own. */
    private static List<Integer> named(List<Integer> path) {
        return SourceLocator.append(path, 1); // name is field 1 of every descriptor message that has one
    }

    private InvalidSchemaException problem(List<Integer> path, String message) {
        SourceCodeInfo.Location location = locations.get(path);
        if (location == null && path.size() > 1) {
            location = locations.get(path.subList(0, path.size() - 1));
        }
        String where = location == null ? file.getName()
                : file.getName() + ":" + (location.getSpan(0) + 1) + ":" + (location.getSpan(1) + 1);
        return new InvalidSchemaException(where + ": " + message);
    }
}
