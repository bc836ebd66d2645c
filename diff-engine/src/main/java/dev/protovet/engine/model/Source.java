package dev.protovet.engine.model;

import java.util.Arrays;

/**
 * Where an element was declared: its file and SourceCodeInfo path, resolved to a {@link Location} on demand.
 * {@code fallback} (may be null) is where to report the element when the file has no span for the path itself:
 * protoc gives synthesized map entries none, and buf reports them at the map field's type.
 */
public record Source(SourceInfo info, int[] path, Source fallback) {

    public Source(SourceInfo info, int[] path) {
        this(info, path, null);
    }

    /** The source of a child element or option: this path extended by {@code sub}, with the same fallback. */
    public Source child(int... sub) {
        int[] joined = Arrays.copyOf(path, path.length + sub.length);
        System.arraycopy(sub, 0, joined, path.length, sub.length);
        return new Source(info, joined, fallback);
    }

    /** The same declaration, reported at {@code elsewhere} when it has no span of its own. */
    public Source orElse(Source elsewhere) {
        return new Source(info, path, elsewhere);
    }

    public String filePath() {
        return info.filePath();
    }

    /** The location of this element, or null when the file has no span for it (buf's "no location"). */
    public Location location() {
        Span span = info.span(path);
        if (span != null) {
            return new Location(info.filePath(), span);
        }
        return fallback == null ? null : fallback.location();
    }

    /** The element's leading comment when it carries a directive ({@link SourceInfo#DIRECTIVE_MARK}), else null. */
    public String directiveComment() {
        return info.directiveComment(path);
    }

    /** The location of this element, falling back to the start of its file. */
    public Location locationOrFile() {
        Location location = location();
        return location == null ? Location.fileOnly(info.filePath()) : location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source other && info == other.info && Arrays.equals(path, other.path)
                && java.util.Objects.equals(fallback, other.fallback);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(info) + Arrays.hashCode(path);
    }

    @Override
    public String toString() {
        return info.filePath() + Arrays.toString(path);
    }
}
