package dev.protovet.engine.model;

/** An inclusive range of field or enum numbers (reserved or extension range), as written: {@code 5 to 10}. */
public record TagRange(int start, int end) {

    public boolean contains(int number) {
        return number >= start && number <= end;
    }

    /** buf's rendering: {@code 5}, {@code 5 to 10}, or {@code 5 to max}. */
    public String describe(int max) {
        if (start == end) {
            return Integer.toString(start);
        }
        return start + " to " + (end == max ? "max" : Integer.toString(end));
    }
}
