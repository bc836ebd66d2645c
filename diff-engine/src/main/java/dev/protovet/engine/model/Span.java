package dev.protovet.engine.model;

/** A 1-based, end-exclusive-as-buf-prints source range: what buf shows as start_line:start_column..end_line:end_column. */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {

    /** The span buf reports for a file whose element has no source location. */
    public static final Span FILE_START = new Span(1, 1, 1, 1);

    /** Converts a SourceCodeInfo span (0-based; three or four ints) to the 1-based form buf prints. */
    public static Span fromSourceCodeInfo(java.util.List<Integer> span) {
        if (span.size() == 3) {
            return new Span(span.get(0) + 1, span.get(1) + 1, span.get(0) + 1, span.get(2) + 1);
        }
        return new Span(span.get(0) + 1, span.get(1) + 1, span.get(2) + 1, span.get(3) + 1);
    }
}
