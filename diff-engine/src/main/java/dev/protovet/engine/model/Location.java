package dev.protovet.engine.model;

/** A place in a file, as reported in a finding. {@code path} is null when no file is left (a deleted file or package). */
public record Location(String path, Span span) {

    public static Location fileOnly(String path) {
        return new Location(path, Span.FILE_START);
    }

    /** A finding about something that no longer has a file: buf prints no path and 1:1. */
    public static Location nowhere() {
        return new Location(null, Span.FILE_START);
    }
}
