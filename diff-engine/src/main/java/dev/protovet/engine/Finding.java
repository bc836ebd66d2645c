package dev.protovet.engine;

import dev.protovet.engine.model.Location;
import java.util.Comparator;

/**
 * One breaking change: the rule that found it, where it is in the current files, where the element was in the
 * previous files (null when it is new), a full-sentence message, and the element it is about: a fully-qualified name
 * ({@code acme.v1.Person.email}, for a deletion the deleted element's), or a file's path for a file-level change.
 * The element stays the same when lines move; accepted changes and comment ignores name findings by it.
 */
public record Finding(String ruleId, Location location, Location againstLocation, String message, String element) {

    /** A finding about no particular element (a compiler error). */
    public Finding(String ruleId, Location location, Location againstLocation, String message) {
        this(ruleId, location, againstLocation, message, null);
    }

    /** buf's order: path, start line, start column, end line, end column, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path() == null ? "" : f.location().path())
            .thenComparingInt(f -> f.location().span().startLine())
            .thenComparingInt(f -> f.location().span().startColumn())
            .thenComparingInt(f -> f.location().span().endLine())
            .thenComparingInt(f -> f.location().span().endColumn())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** The same finding shown at another path (the file's path on disk rather than in the image). */
    public Finding withPath(String newPath) {
        return newPath == null || location.path() == null ? this
                : new Finding(ruleId, new Location(newPath, location.span()), againstLocation, message, element);
    }

    /** The current file's path, or null when the finding has no file. */
    public String path() {
        return location.path();
    }
}
