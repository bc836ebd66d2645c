package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The registry's limits on one schema, checked before anything recursive or superlinear sees it. Total size is
 * bounded by the HTTP body limit; within it:
 * <ul>
 *   <li>{@value #MAX_MESSAGE_DEPTH} levels of nested messages, protoc's own limit ("Reached maximum recursion limit
 *       for nested messages" at the 32nd): Wire's parser and the compiler recurse once per level, and a client's
 *       {@code "message M {" * 2000} would otherwise overflow the stack. A serialized descriptor is held to the same
 *       limit (protoc would read about 98 levels of one, but the registry prints it as text first).</li>
 *   <li>{@value #MAX_BRACKET_DEPTH} levels of brackets of any kind ({@code { [ (}), which bounds option values
 *       ({@code option (x) = { a: { a: ... } }}), the other thing Wire's parser recurses on.</li>
 *   <li>{@value #MAX_DEFINITIONS} top-level definitions in one file and {@value #MAX_ENUM_VALUES} values in one enum:
 *       Wire checks both for duplicates in time quadratic in their number (40,000 took 30 s), so a 1 MB schema of
 *       nothing but either would tie up a thread for seconds. Real schemas stay far below.</li>
 *   <li>{@value #MAX_DECLARATIONS} declarations (statements and blocks) in one file: compiling takes about 0.1 ms
 *       a declaration, so this bounds one compile to a few seconds whatever the text.</li>
 * </ul>
 */
final class SchemaLimits {
    static final int MAX_MESSAGE_DEPTH = 31;
    static final int MAX_BRACKET_DEPTH = 64;
    static final int MAX_DECLARATIONS = 20_000;
    static final int MAX_DEFINITIONS = 5_000;
    static final int MAX_ENUM_VALUES = 5_000;

    private enum Block { MESSAGE, ENUM, OTHER }

    private SchemaLimits() {
    }

    /** Checks the tokens of a {@code .proto} file; Wire has not seen the text yet, so nothing here trusts its shape. */
    static void check(String path, List<ProtoToken> tokens) throws InvalidSchemaException {
        Deque<Block> open = new ArrayDeque<>();
        Deque<int[]> enumValues = new ArrayDeque<>(); // values counted in each open enum
        int messageDepth = 0;
        int definitions = 0;
        int declarations = 0;
        for (int i = 0; i < tokens.size(); i++) {
            ProtoToken token = tokens.get(i);
            if (token.kind() == ProtoToken.Kind.STRING) {
                continue;
            }
            if ((token.is(";") || token.is("{")) && ++declarations > MAX_DECLARATIONS) {
                throw problem(path, token, "more than " + MAX_DECLARATIONS
                        + " declarations in one file (the registry's limit); split the file");
            }
            if (open.isEmpty() && (token.is("message") || token.is("enum") || token.is("service")
                    || token.is("extend")) && ++definitions > MAX_DEFINITIONS) {
                throw problem(path, token, "more than " + MAX_DEFINITIONS
                        + " top-level definitions in one file (the registry's limit); split the file");
            }
            if (open.peek() == Block.ENUM && token.is("=") && !enumValues.isEmpty()
                    && ++enumValues.peek()[0] > MAX_ENUM_VALUES) {
                throw problem(path, token, "more than " + MAX_ENUM_VALUES
                        + " values in one enum (the registry's limit)");
            }
            if (token.is("{") || token.is("[") || token.is("(")) {
                if (open.size() >= MAX_BRACKET_DEPTH) {
                    throw problem(path, token, "brackets are nested more than " + MAX_BRACKET_DEPTH
                            + " levels deep (the registry's limit)");
                }
                Block block = blockOpenedAt(tokens, i);
                if (block == Block.MESSAGE && ++messageDepth > MAX_MESSAGE_DEPTH) {
                    throw problem(path, tokens.get(i - 2), "messages are nested more than " + MAX_MESSAGE_DEPTH
                            + " levels deep (protoc's limit)");
                }
                if (block == Block.ENUM) {
                    enumValues.push(new int[1]);
                }
                open.push(block);
            } else if ((token.is("}") || token.is("]") || token.is(")")) && !open.isEmpty()) {
                Block closed = open.pop();
                if (closed == Block.MESSAGE) {
                    messageDepth--;
                } else if (closed == Block.ENUM) {
                    enumValues.pop();
                }
            }
        }
    }

    /** Checks a serialized descriptor's message nesting (it is printed as text, which must stay within limits). */
    static void check(String path, FileDescriptorProto file) throws InvalidSchemaException {
        if (file.getMessageTypeCount() + file.getEnumTypeCount() + file.getServiceCount() > MAX_DEFINITIONS) {
            throw new InvalidSchemaException(path + ": more than " + MAX_DEFINITIONS
                    + " top-level definitions in one file (the registry's limit); split the file");
        }
        checkEnumSizes(path, file.getEnumTypeList());
        // level by level rather than recursively: the descriptor has not been checked yet
        List<DescriptorProto> level = file.getMessageTypeList();
        for (int depth = 1; !level.isEmpty(); depth++) {
            if (depth > MAX_MESSAGE_DEPTH) {
                throw new InvalidSchemaException(path + ": message " + level.get(0).getName()
                        + " is nested more than " + MAX_MESSAGE_DEPTH + " levels deep (protoc's limit)");
            }
            List<DescriptorProto> next = new ArrayList<>();
            for (DescriptorProto message : level) {
                checkEnumSizes(path, message.getEnumTypeList());
                next.addAll(message.getNestedTypeList());
            }
            level = next;
        }
    }

    private static void checkEnumSizes(String path, List<EnumDescriptorProto> enums) throws InvalidSchemaException {
        for (EnumDescriptorProto enumeration : enums) {
            if (enumeration.getValueCount() > MAX_ENUM_VALUES) {
                throw new InvalidSchemaException(path + ": enum " + enumeration.getName() + " has more than "
                        + MAX_ENUM_VALUES + " values (the registry's limit)");
            }
        }
    }

    /** What a {@code {} at {@code i} opens: {@code message Name {}, {@code enum Name {}, or anything else. */
    private static Block blockOpenedAt(List<ProtoToken> tokens, int i) {
        if (i < 2 || !tokens.get(i).is("{") || tokens.get(i - 1).kind() == ProtoToken.Kind.SYMBOL) {
            return Block.OTHER;
        }
        ProtoToken keyword = tokens.get(i - 2);
        return keyword.is("message") ? Block.MESSAGE : keyword.is("enum") ? Block.ENUM : Block.OTHER;
    }

    private static InvalidSchemaException problem(String path, ProtoToken at, String message) {
        return new InvalidSchemaException(path + ":" + (at.line() + 1) + ":" + (at.column() + 1) + ": " + message);
    }
}
