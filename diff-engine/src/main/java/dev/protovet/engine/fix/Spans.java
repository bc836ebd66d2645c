package dev.protovet.engine.fix;

import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Spans of declarations, exactly as the source info records them (no fallback to a parent). */
final class Spans {
    private Spans() {
    }

    /** The span of this exact declaration, or null. */
    static Span of(Source source) {
        return source.info().span(source.path());
    }

    /** The spans recorded for these declarations, leaving out those without one. */
    static List<Span> of(Stream<Source> sources) {
        return sources.map(Spans::of).filter(Objects::nonNull).toList();
    }
}
