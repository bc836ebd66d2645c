package dev.protovet.engine.model;

import java.util.Arrays;

/** Where an element was declared: its file and SourceCodeInfo path. Resolves to a {@link Location} on demand. */
public record Source(SourceInfo info, int[] path) {

    /** The source of a child element or option: this path extended by {@code sub}. */
    public Source child(int... sub) {
        int[] joined = Arrays.copyOf(path, path.length + sub.length);
        System.arraycopy(sub, 0, joined, path.length, sub.length);
        return new Source(info, joined);
    }

    public String filePath() {
        return info.filePath();
    }

    /** The location of this element, or null when the file has no span for it (buf's "no location"). */
    public Location location() {
        Span span = info.span(path);
        return span == null ? null : new Location(info.filePath(), span);
    }

    /** The location of this element, falling back to the start of its file. */
    public Location locationOrFile() {
        Location location = location();
        return location == null ? Location.fileOnly(info.filePath()) : location;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source other && info == other.info && Arrays.equals(path, other.path);
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
