package dev.protovet.registry.schema;

/**
 * One token of {@code .proto} text at protoc's coordinates: 0-based line, 0-based column where a tab advances to the
 * next multiple of 8 and every UTF-8 byte counts as one column, end column exclusive (tokens never span lines); {@code offset} is the index of its first character in the text.
 */
record ProtoToken(Kind kind, String text, int line, int column, int endColumn, int offset) {
    enum Kind { IDENTIFIER, NUMBER, STRING, SYMBOL, END }

    boolean is(String symbolOrWord) {
        return kind != Kind.STRING && text.equals(symbolOrWord);
    }
}
