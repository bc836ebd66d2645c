package dev.protovet.registry.schema;

/**
 * A problem found in the text after Wire accepted it (a construct protovet does not support), at a 1-based line and
 * column; the compiler turns it into an {@link InvalidSchemaException}.
 */
final class SchemaProblem extends RuntimeException {
    private final int line;
    private final int column;

    SchemaProblem(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
