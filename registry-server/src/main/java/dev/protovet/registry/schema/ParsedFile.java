package dev.protovet.registry.schema;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import java.util.List;

/** One {@code .proto} file parsed by Wire, with the layout only its text tells (source spans, import order). */
record ParsedFile(String path, String text, ProtoFileElement element, SourceLayout layout) {

    static ParsedFile parse(String path, String text) throws InvalidSchemaException {
        List<ProtoToken> tokens = ProtoTokenizer.tokenize(text);
        rejectEditions(path, tokens.get(0));
        rejectEmpty(path, tokens);
        SchemaLimits.check(path, tokens);
        ProtoFileElement element;
        try {
            element = new ProtoParser(Location.get(WireErrors.ROOT, path), text.toCharArray()).readProtoFile();
        } catch (RuntimeException e) {
            throw new InvalidSchemaException(WireErrors.parseError(e.getMessage(), path));
        }
        try {
            return new ParsedFile(path, text, element, SourceLocator.locate(tokens));
        } catch (SchemaProblem problem) {
            throw new InvalidSchemaException(path + ":" + problem.line() + ":" + problem.column() + ": "
                    + problem.getMessage());
        }
    }

    /** A file of nothing but blanks, comments and {@code ;} defines nothing; protoc accepts it, the registry not. */
    private static void rejectEmpty(String path, List<ProtoToken> tokens) throws InvalidSchemaException {
        if (tokens.stream().allMatch(t -> t.kind() == ProtoToken.Kind.END || t.is(";"))) {
            throw new InvalidSchemaException(path + ": the schema is empty: it has no syntax, package, import, "
                    + "option or definition");
        }
    }

    /** Wire 7 reads no editions; say so plainly rather than pass on its parser's complaint. */
    private static void rejectEditions(String path, ProtoToken first) throws InvalidSchemaException {
        if (first.is("edition")) {
            throw new InvalidSchemaException(path + ":" + (first.line() + 1) + ":" + (first.column() + 1)
                    + ": editions (edition = \"...\") are not supported; use syntax = \"proto2\" or \"proto3\"");
        }
    }
}
