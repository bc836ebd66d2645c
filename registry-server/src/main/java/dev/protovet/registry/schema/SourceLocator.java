package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumOptions;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueOptions;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofOptions;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceOptions;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the text that was compiled the way protoc's parser does and records its source locations: the same paths,
 * the same spans, parents before children. Wire's elements only know where they start, and the diff engine reports
 * findings at whole spans, so the spans come from the tokens. The text has already been accepted by Wire, so this
 * walk only has to follow valid syntax; anything else is reported as unsupported.
 */
final class SourceLocator {
    // descriptor.proto field numbers used as path elements
    private static final int FILE_PACKAGE = FileDescriptorProto.PACKAGE_FIELD_NUMBER,
            FILE_DEPENDENCY = FileDescriptorProto.DEPENDENCY_FIELD_NUMBER,
            FILE_MESSAGE = FileDescriptorProto.MESSAGE_TYPE_FIELD_NUMBER,
            FILE_ENUM = FileDescriptorProto.ENUM_TYPE_FIELD_NUMBER,
            FILE_SERVICE = FileDescriptorProto.SERVICE_FIELD_NUMBER,
            FILE_EXTENSION = FileDescriptorProto.EXTENSION_FIELD_NUMBER,
            FILE_OPTIONS = FileDescriptorProto.OPTIONS_FIELD_NUMBER,
            FILE_PUBLIC_DEPENDENCY = FileDescriptorProto.PUBLIC_DEPENDENCY_FIELD_NUMBER,
            FILE_WEAK_DEPENDENCY = FileDescriptorProto.WEAK_DEPENDENCY_FIELD_NUMBER,
            FILE_SYNTAX = FileDescriptorProto.SYNTAX_FIELD_NUMBER;
    private static final int MESSAGE_NAME = DescriptorProto.NAME_FIELD_NUMBER,
            MESSAGE_FIELD = DescriptorProto.FIELD_FIELD_NUMBER,
            MESSAGE_NESTED = DescriptorProto.NESTED_TYPE_FIELD_NUMBER,
            MESSAGE_ENUM = DescriptorProto.ENUM_TYPE_FIELD_NUMBER,
            MESSAGE_EXTENSION_RANGE = DescriptorProto.EXTENSION_RANGE_FIELD_NUMBER,
            MESSAGE_EXTENSION = DescriptorProto.EXTENSION_FIELD_NUMBER,
            MESSAGE_OPTIONS = DescriptorProto.OPTIONS_FIELD_NUMBER,
            MESSAGE_ONEOF = DescriptorProto.ONEOF_DECL_FIELD_NUMBER,
            MESSAGE_RESERVED_RANGE = DescriptorProto.RESERVED_RANGE_FIELD_NUMBER,
            MESSAGE_RESERVED_NAME = DescriptorProto.RESERVED_NAME_FIELD_NUMBER;
    private static final int FIELD_NAME = FieldDescriptorProto.NAME_FIELD_NUMBER,
            FIELD_EXTENDEE = FieldDescriptorProto.EXTENDEE_FIELD_NUMBER,
            FIELD_NUMBER = FieldDescriptorProto.NUMBER_FIELD_NUMBER,
            FIELD_LABEL = FieldDescriptorProto.LABEL_FIELD_NUMBER,
            FIELD_TYPE = FieldDescriptorProto.TYPE_FIELD_NUMBER,
            FIELD_TYPE_NAME = FieldDescriptorProto.TYPE_NAME_FIELD_NUMBER,
            FIELD_DEFAULT = FieldDescriptorProto.DEFAULT_VALUE_FIELD_NUMBER,
            FIELD_OPTIONS = FieldDescriptorProto.OPTIONS_FIELD_NUMBER,
            FIELD_JSON_NAME = FieldDescriptorProto.JSON_NAME_FIELD_NUMBER;
    private static final int ONEOF_NAME = OneofDescriptorProto.NAME_FIELD_NUMBER,
            ONEOF_OPTIONS = OneofDescriptorProto.OPTIONS_FIELD_NUMBER;
    private static final int ENUM_NAME = EnumDescriptorProto.NAME_FIELD_NUMBER,
            ENUM_VALUE = EnumDescriptorProto.VALUE_FIELD_NUMBER,
            ENUM_OPTIONS = EnumDescriptorProto.OPTIONS_FIELD_NUMBER,
            ENUM_RESERVED_RANGE = EnumDescriptorProto.RESERVED_RANGE_FIELD_NUMBER,
            ENUM_RESERVED_NAME = EnumDescriptorProto.RESERVED_NAME_FIELD_NUMBER;
    private static final int VALUE_NAME = EnumValueDescriptorProto.NAME_FIELD_NUMBER,
            VALUE_NUMBER = EnumValueDescriptorProto.NUMBER_FIELD_NUMBER,
            VALUE_OPTIONS = EnumValueDescriptorProto.OPTIONS_FIELD_NUMBER;
    private static final int SERVICE_NAME = ServiceDescriptorProto.NAME_FIELD_NUMBER,
            SERVICE_METHOD = ServiceDescriptorProto.METHOD_FIELD_NUMBER,
            SERVICE_OPTIONS = ServiceDescriptorProto.OPTIONS_FIELD_NUMBER;
    private static final int METHOD_NAME = MethodDescriptorProto.NAME_FIELD_NUMBER,
            METHOD_INPUT = MethodDescriptorProto.INPUT_TYPE_FIELD_NUMBER,
            METHOD_OUTPUT = MethodDescriptorProto.OUTPUT_TYPE_FIELD_NUMBER,
            METHOD_OPTIONS = MethodDescriptorProto.OPTIONS_FIELD_NUMBER,
            METHOD_CLIENT_STREAMING = MethodDescriptorProto.CLIENT_STREAMING_FIELD_NUMBER,
            METHOD_SERVER_STREAMING = MethodDescriptorProto.SERVER_STREAMING_FIELD_NUMBER;
    // a reserved or extension range's start and end (the same numbers in all three range messages)
    private static final int RANGE_START = DescriptorProto.ReservedRange.START_FIELD_NUMBER,
            RANGE_END = DescriptorProto.ReservedRange.END_FIELD_NUMBER;

    private static final Set<String> SCALARS = Set.of("double", "float", "int32", "int64", "uint32", "uint64",
            "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string", "bytes");
    private static final Set<String> LABELS = Set.of("optional", "required", "repeated");

    private final List<ProtoToken> tokens;
    private final List<SourceCodeInfo.Location.Builder> locations = new ArrayList<>();
    private final List<SourceLayout.Import> imports = new ArrayList<>();
    private final Set<List<Integer>> methodsWithBody = new HashSet<>();
    private int position;

    private SourceLocator(List<ProtoToken> tokens) {
        this.tokens = tokens;
    }

    /** The locations and import order of a file's tokens; Wire has already parsed the text without error. */
    static SourceLayout locate(List<ProtoToken> tokens) {
        return new SourceLocator(tokens).file();
    }

    /** Counters of one message body: protoc numbers each kind of child in the order it was declared. */
    private static final class MessageCounters {
        int fields, nested, enums, extensionRanges, extensions, oneofs, reservedRanges, reservedNames;
    }

    private SourceLayout file() {
        int root = open(List.of());
        int messages = 0, enums = 0, services = 0, publicImports = 0, weakImports = 0;
        MessageCounters fileExtensions = new MessageCounters();
        while (peek().kind() != ProtoToken.Kind.END) {
            switch (peek().text()) {
                case "syntax", "edition" -> statement(List.of(FILE_SYNTAX));
                case "package" -> packageStatement();
                case "import" -> {
                    ProtoToken keyword = peek();
                    int location = open(List.of(FILE_DEPENDENCY, imports.size()));
                    expect("import");
                    boolean isPublic = peek().is("public");
                    boolean isWeak = peek().is("weak");
                    if (isPublic) {
                        single(List.of(FILE_PUBLIC_DEPENDENCY, publicImports++), next());
                    } else if (isWeak) {
                        single(List.of(FILE_WEAK_DEPENDENCY, weakImports++), next());
                    }
                    String path = next().text();
                    imports.add(new SourceLayout.Import(path.substring(1, path.length() - 1), isPublic, isWeak,
                            keyword.line() + 1, keyword.column() + 1));
                    expect(";");
                    close(location);
                }
                case "option" -> option(List.of(FILE_OPTIONS), FileOptions.getDescriptor());
                case "message" -> message(List.of(FILE_MESSAGE, messages++));
                case "enum" -> enumeration(List.of(FILE_ENUM, enums++));
                case "service" -> service(List.of(FILE_SERVICE, services++));
                case "extend" -> extend(List.of(FILE_EXTENSION), fileExtensions);
                case ";" -> next();
                default -> throw unexpected();
            }
        }
        close(root);
        SourceCodeInfo.Builder info = SourceCodeInfo.newBuilder();
        locations.forEach(info::addLocation);
        return new SourceLayout(info.build(), imports, methodsWithBody);
    }

    private void message(List<Integer> path) {
        int location = open(path);
        expect("message");
        single(append(path, MESSAGE_NAME), name("message"));
        expect("{");
        MessageCounters counters = new MessageCounters();
        while (!peek().is("}")) {
            switch (peek().text()) {
                case "option" -> option(append(path, MESSAGE_OPTIONS), MessageOptions.getDescriptor());
                case "message" -> message(append(path, MESSAGE_NESTED, counters.nested++));
                case "enum" -> enumeration(append(path, MESSAGE_ENUM, counters.enums++));
                case "extensions" -> extensionRanges(path, counters);
                case "reserved" -> reserved(path, MESSAGE_RESERVED_RANGE, MESSAGE_RESERVED_NAME, counters);
                case "extend" -> extend(append(path, MESSAGE_EXTENSION), counters);
                case "oneof" -> oneof(path, counters);
                case ";" -> next();
                default -> field(append(path, MESSAGE_FIELD, counters.fields++), counters, null);
            }
        }
        expect("}");
        close(location);
    }

    private void field(List<Integer> path, MessageCounters counters, int[] extendee) {
        int location = open(path);
        boolean textual = false;
        if (extendee != null) {
            add(append(path, FIELD_EXTENDEE), extendee);
        }
        if (LABELS.contains(peek().text()) && peek().kind() == ProtoToken.Kind.IDENTIFIER) {
            single(append(path, FIELD_LABEL), next());
        }
        if (peek().is("group")) {
            throw new SchemaProblem(peek().line() + 1, peek().column() + 1, "groups are not supported");
        }
        if (peek().is("map") && peekAt(1).is("<")) {
            ProtoToken start = next();
            while (!peek().is(">")) {
                next();
            }
            add(append(path, FIELD_TYPE_NAME), span(start, next()));
            counters.nested++; // the map's XxxEntry message
        } else if (SCALARS.contains(peek().text()) && !peekAt(1).is(".")) {
            textual = peek().is("string") || peek().is("bytes");
            single(append(path, FIELD_TYPE), next());
        } else {
            add(append(path, FIELD_TYPE_NAME), typeName());
        }
        single(append(path, FIELD_NAME), name("field"));
        expect("=");
        if (peek().kind() != ProtoToken.Kind.NUMBER) {
            throw new SchemaProblem(peek().line() + 1, peek().column() + 1,
                    "expected a field number, found '" + peek().text() + "'");
        }
        single(append(path, FIELD_NUMBER), next());
        if (peek().is("[")) {
            fieldOptions(path, textual);
        }
        expect(";");
        close(location);
    }

    /** {@code textual}: the field is a string or bytes, whose default protoc wants quoted. */
    private void fieldOptions(List<Integer> fieldPath, boolean textual) {
        int location = open(append(fieldPath, FIELD_OPTIONS));
        expect("[");
        do {
            ProtoToken start = peek();
            List<String> name = optionName();
            expect("=");
            ProtoToken valueStart = peek();
            boolean quoted = valueStart.kind() == ProtoToken.Kind.STRING;
            if (name.equals(List.of("json_name")) && !quoted) {
                throw new SchemaProblem(valueStart.line() + 1, valueStart.column() + 1,
                        "json_name takes a quoted string, not " + valueStart.text());
            } else if (name.equals(List.of("default")) && textual && !quoted) {
                throw new SchemaProblem(valueStart.line() + 1, valueStart.column() + 1,
                        "the default of a string or bytes field is a quoted string, not " + valueStart.text());
            } else if (!name.equals(List.of("default")) && !name.equals(List.of("json_name"))) {
                OptionValueCheck.check(FieldOptions.getDescriptor(), name, start, valueStart, peekAt(1));
            }
            skipValue();
            if (name.equals(List.of("default"))) {
                add(append(fieldPath, FIELD_DEFAULT), span(valueStart, previous()));
            } else if (name.equals(List.of("json_name"))) {
                // protoc records json_name twice: the whole option, then the value alone
                add(append(fieldPath, FIELD_JSON_NAME), span(start, previous()));
                add(append(fieldPath, FIELD_JSON_NAME), span(valueStart, previous()));
            } else {
                optionPath(append(fieldPath, FIELD_OPTIONS), FieldOptions.getDescriptor(), name)
                        .ifPresent(path -> add(path, span(start, previous())));
            }
        } while (accept(","));
        expect("]");
        close(location);
    }

    private void oneof(List<Integer> messagePath, MessageCounters counters) {
        List<Integer> path = append(messagePath, MESSAGE_ONEOF, counters.oneofs++);
        int location = open(path);
        expect("oneof");
        single(append(path, ONEOF_NAME), name("oneof"));
        expect("{");
        while (!peek().is("}")) {
            if (peek().is("option")) {
                option(append(path, ONEOF_OPTIONS), OneofOptions.getDescriptor());
            } else if (!accept(";")) {
                if (peek().is("map") && peekAt(1).is("<")) {
                    throw new SchemaProblem(peek().line() + 1, peek().column() + 1,
                            "map fields are not allowed in oneofs");
                }
                field(append(messagePath, MESSAGE_FIELD, counters.fields++), counters, null);
            }
        }
        expect("}");
        close(location);
    }

    private void extensionRanges(List<Integer> messagePath, MessageCounters counters) {
        int location = open(append(messagePath, MESSAGE_EXTENSION_RANGE));
        expect("extensions");
        do {
            range(append(messagePath, MESSAGE_EXTENSION_RANGE, counters.extensionRanges++));
        } while (accept(","));
        if (peek().is("[")) {
            skipBalanced("[", "]"); // extension range options: not converted, so not located either
        }
        expect(";");
        close(location);
    }

    private void reserved(List<Integer> path, int rangeField, int nameField, MessageCounters counters) {
        boolean names = peekAt(1).kind() == ProtoToken.Kind.STRING || peekAt(1).kind() == ProtoToken.Kind.IDENTIFIER;
        int location = open(append(path, names ? nameField : rangeField));
        expect("reserved");
        do {
            if (names) {
                single(append(path, nameField, counters.reservedNames++), next());
            } else {
                range(append(path, rangeField, counters.reservedRanges++));
            }
        } while (accept(","));
        expect(";");
        close(location);
    }

    private void range(List<Integer> path) {
        int location = open(path);
        int[] start = signedNumber();
        add(append(path, RANGE_START), start);
        if (accept("to")) {
            add(append(path, RANGE_END), signedNumber());
        } else {
            add(append(path, RANGE_END), start);
        }
        close(location);
    }

    private void extend(List<Integer> extensionsPath, MessageCounters counters) {
        int location = open(extensionsPath);
        expect("extend");
        int[] extendee = typeName();
        expect("{");
        while (!peek().is("}")) {
            if (peek().is(";") || peek().is("option")) {
                throw new SchemaProblem(peek().line() + 1, peek().column() + 1,
                        "an extend block holds only fields, not '" + peek().text() + "'");
            }
            field(append(extensionsPath, counters.extensions++), counters, extendee);
        }
        expect("}");
        close(location);
    }

    private void enumeration(List<Integer> path) {
        int location = open(path);
        expect("enum");
        single(append(path, ENUM_NAME), name("enum"));
        expect("{");
        int values = 0;
        MessageCounters counters = new MessageCounters();
        while (!peek().is("}")) {
            switch (peek().text()) {
                case "option" -> option(append(path, ENUM_OPTIONS), EnumOptions.getDescriptor());
                case "reserved" -> reserved(path, ENUM_RESERVED_RANGE, ENUM_RESERVED_NAME, counters);
                case ";" -> next();
                default -> enumValue(append(path, ENUM_VALUE, values++));
            }
        }
        expect("}");
        close(location);
    }

    private void enumValue(List<Integer> path) {
        int location = open(path);
        single(append(path, VALUE_NAME), name("enum value"));
        expect("=");
        add(append(path, VALUE_NUMBER), signedNumber());
        if (peek().is("[")) {
            int options = open(append(path, VALUE_OPTIONS));
            expect("[");
            do {
                ProtoToken start = peek();
                List<String> name = optionName();
                expect("=");
                OptionValueCheck.check(EnumValueOptions.getDescriptor(), name, start, peek(), peekAt(1));
                skipValue();
                optionPath(append(path, VALUE_OPTIONS), EnumValueOptions.getDescriptor(), name)
                        .ifPresent(p -> add(p, span(start, previous())));
            } while (accept(","));
            expect("]");
            close(options);
        }
        expect(";");
        close(location);
    }

    private void service(List<Integer> path) {
        int location = open(path);
        expect("service");
        single(append(path, SERVICE_NAME), name("service"));
        expect("{");
        int methods = 0;
        while (!peek().is("}")) {
            switch (peek().text()) {
                case "option" -> option(append(path, SERVICE_OPTIONS), ServiceOptions.getDescriptor());
                case "rpc" -> method(append(path, SERVICE_METHOD, methods++));
                case ";" -> next();
                default -> throw unexpected();
            }
        }
        expect("}");
        close(location);
    }

    private void method(List<Integer> path) {
        int location = open(path);
        expect("rpc");
        single(append(path, METHOD_NAME), name("method"));
        expect("(");
        if (peek().is("stream") && !peekAt(1).is(")")) {
            single(append(path, METHOD_CLIENT_STREAMING), next());
        }
        add(append(path, METHOD_INPUT), typeName());
        expect(")");
        expect("returns");
        expect("(");
        if (peek().is("stream") && !peekAt(1).is(")")) {
            single(append(path, METHOD_SERVER_STREAMING), next());
        }
        add(append(path, METHOD_OUTPUT), typeName());
        expect(")");
        if (accept("{")) {
            methodsWithBody.add(path);
            while (!peek().is("}")) {
                if (peek().is("option")) {
                    option(append(path, METHOD_OPTIONS), MethodOptions.getDescriptor());
                } else {
                    expect(";");
                }
            }
            expect("}");
        } else {
            expect(";");
        }
        close(location);
    }

    /** {@code option name = value;}: protoc records the statement, then the option's own path with the same span. */
    private void option(List<Integer> optionsPath, Descriptor optionsType) {
        int location = open(optionsPath);
        expect("option");
        ProtoToken nameStart = peek();
        List<String> name = optionName();
        expect("=");
        OptionValueCheck.check(optionsType, name, nameStart, peek(), peekAt(1));
        skipValue();
        expect(";");
        close(location);
        SourceCodeInfo.Location.Builder statement = locations.get(location);
        optionPath(optionsPath, optionsType, name).ifPresent(path -> locations.add(
                SourceCodeInfo.Location.newBuilder().addAllPath(path).addAllSpan(statement.getSpanList())));
    }

    /**
     * The path of a standard option below its options message; empty for custom options, which the converter drops
     * (so there is nothing in the descriptor for a location to point at).
     */
    private static java.util.Optional<List<Integer>> optionPath(List<Integer> optionsPath, Descriptor optionsType,
                                                                List<String> name) {
        List<Integer> path = new ArrayList<>(optionsPath);
        Descriptor type = optionsType;
        for (String part : name) {
            FieldDescriptor field = type == null || part.startsWith("(") ? null : type.findFieldByName(part);
            if (field == null) {
                return java.util.Optional.empty();
            }
            path.add(field.getNumber());
            type = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? field.getMessageType() : null;
        }
        return java.util.Optional.of(path);
    }

    /** An option name as its dot-separated parts; a parenthesized (custom) part keeps its parentheses. */
    private List<String> optionName() {
        List<String> parts = new ArrayList<>();
        do {
            if (peek().is("(")) {
                StringBuilder custom = new StringBuilder();
                while (!peek().is(")")) {
                    custom.append(next().text());
                }
                custom.append(next().text());
                parts.add(custom.toString());
            } else {
                parts.add(name("option").text());
            }
        } while (accept("."));
        return parts;
    }

    private void skipValue() {
        if (peek().is("{")) {
            skipBalanced("{", "}");
        } else if (peek().is("[")) {
            skipBalanced("[", "]");
        } else if (peek().kind() == ProtoToken.Kind.STRING) {
            while (peek().kind() == ProtoToken.Kind.STRING) {
                next();
            }
        } else {
            accept("-");
            accept("+");
            next();
        }
    }

    private void skipBalanced(String open, String close) {
        int depth = 0;
        do {
            ProtoToken token = next();
            if (token.kind() == ProtoToken.Kind.END) {
                throw unexpected();
            }
            if (token.is(open)) {
                depth++;
            } else if (token.is(close)) {
                depth--;
            }
        } while (depth > 0);
    }

    /** A possibly negative number (or {@code max}), spanning the sign too, as protoc does. */
    private int[] signedNumber() {
        ProtoToken start = next();
        ProtoToken end = start.is("-") ? next() : start;
        return span(start, end);
    }

    /** A type reference such as {@code .a.b.C} or {@code b.C}. */
    private int[] typeName() {
        ProtoToken start = peek();
        accept(".");
        name("type");
        while (accept(".")) {
            name("type");
        }
        return span(start, previous());
    }

    /** {@code package a.b;}: protoc wants identifiers separated by single dots. */
    private void packageStatement() {
        int location = open(List.of(FILE_PACKAGE));
        expect("package");
        name("package");
        while (accept(".")) {
            name("package");
        }
        expect(";");
        close(location);
    }

    /** The next token, which must be an identifier (protoc's rule for every name); {@code what} names it. */
    private ProtoToken name(String what) {
        ProtoToken token = peek();
        if (token.kind() != ProtoToken.Kind.IDENTIFIER) {
            String found = token.kind() == ProtoToken.Kind.END ? "end of file" : "'" + token.text() + "'";
            String hint = token.kind() == ProtoToken.Kind.NUMBER ? " (a name starts with a letter or '_')" : "";
            throw new SchemaProblem(token.line() + 1, token.column() + 1,
                    "expected " + (what.startsWith("e") || what.startsWith("o") ? "an " : "a ") + what
                            + " name, found " + found + hint);
        }
        return next();
    }

    /** {@code keyword ... ;} as one location. */
    private void statement(List<Integer> path) {
        int location = open(path);
        while (!peek().is(";")) {
            if (next().kind() == ProtoToken.Kind.END) {
                throw unexpected();
            }
        }
        next();
        close(location);
    }

    private int open(List<Integer> path) {
        ProtoToken start = peek();
        locations.add(SourceCodeInfo.Location.newBuilder().addAllPath(path)
                .addSpan(start.line()).addSpan(start.column()));
        return locations.size() - 1;
    }

    private void close(int location) {
        ProtoToken end = previous();
        SourceCodeInfo.Location.Builder builder = locations.get(location);
        int startLine = builder.getSpan(0);
        if (end.line() != startLine) {
            builder.addSpan(end.line());
        }
        builder.addSpan(end.endColumn());
    }

    private void single(List<Integer> path, ProtoToken token) {
        add(path, span(token, token));
    }

    private void add(List<Integer> path, int[] span) {
        SourceCodeInfo.Location.Builder location = SourceCodeInfo.Location.newBuilder().addAllPath(path);
        for (int value : span) {
            location.addSpan(value);
        }
        locations.add(location);
    }

    private static int[] span(ProtoToken start, ProtoToken end) {
        return start.line() == end.line()
                ? new int[] {start.line(), start.column(), end.endColumn()}
                : new int[] {start.line(), start.column(), end.line(), end.endColumn()};
    }

    /** {@code path} followed by {@code more}, as a new list. */
    static List<Integer> append(List<Integer> path, int... more) {
        List<Integer> out = new ArrayList<>(path.size() + more.length);
        out.addAll(path);
        for (int element : more) {
            out.add(element);
        }
        return out;
    }

    private ProtoToken peek() {
        return tokens.get(position);
    }

    private ProtoToken peekAt(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    private ProtoToken previous() {
        return tokens.get(Math.max(position - 1, 0));
    }

    private ProtoToken next() {
        ProtoToken token = peek();
        if (token.kind() != ProtoToken.Kind.END) {
            position++;
        }
        return token;
    }

    private boolean accept(String text) {
        if (peek().is(text)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String text) {
        if (!accept(text)) {
            throw unexpected();
        }
    }

    private SchemaProblem unexpected() {
        ProtoToken token = peek();
        String found = token.kind() == ProtoToken.Kind.END ? "end of file" : "'" + token.text() + "'";
        return new SchemaProblem(token.line() + 1, token.column() + 1, "unexpected " + found);
    }
}
