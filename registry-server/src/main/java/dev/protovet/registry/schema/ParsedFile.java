package dev.protovet.registry.schema;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import java.util.List;

/** One {@code .proto} file parsed by Wire, with the layout only its text tells (source spans, import order). */
record ParsedFile(String path, String text, ProtoFileElement element, SourceLayout layout) {
    private static final java.util.regex.Pattern OCTAL = java.util.regex.Pattern.compile("0[0-7]+");

    static ParsedFile parse(String path, String text) throws InvalidSchemaException {
        List<ProtoToken> tokens = ProtoTokenizer.tokenize(text);
        rejectEditions(path, tokens.get(0));
        rejectEmpty(path, tokens);
        SchemaLimits.check(path, tokens);
        ProtoFileElement element;
        try {
            element = new ProtoParser(Location.get(WireErrors.ROOT, path), octalAsDecimal(text, tokens).toCharArray())
                    .readProtoFile();
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

    /**
     * The text with every octal integer ({@code 010}) written in decimal in the same columns (padded after, so a sign stays attached): Wire
     * reads {@code 010} as ten, protoc as eight. Locations come from the original tokens, so nothing else moves.
     */
    private static String octalAsDecimal(String text, List<ProtoToken> tokens) {
        char[] chars = null;
        for (ProtoToken token : tokens) {
            String literal = token.text();
            if (token.kind() == ProtoToken.Kind.NUMBER && OCTAL.matcher(literal).matches()) {
                chars = chars == null ? text.toCharArray() : chars;
                String decimal = new java.math.BigInteger(literal.substring(1), 8).toString();
                String padded = decimal + " ".repeat(literal.length() - decimal.length());
                padded.getChars(0, padded.length(), chars, token.offset());
            }
        }
        return chars == null ? text : new String(chars);
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
