package dev.protovet.engine;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import java.util.List;

/**
 * protoc refused the sources. buf reports such errors as findings of type {@code COMPILE} (in every error format)
 * and exits 100, so adapters can show them the way they show breaking changes.
 */
public final class CompileException extends InputException {
    private static final long serialVersionUID = 1L;

    /** The finding type buf gives compiler errors. */
    public static final String TYPE = "COMPILE";

    public CompileException(List<Problem> problems) {
        super(problems);
    }

    /**
     * The errors that name a line, as findings, in buf's order; a file-only line such as protoc's
     * "x.proto: File not found." is left out, as its importer's line reports it too. Empty when no error has a line.
     */
    public List<Finding> asFindings() {
        return problems().stream()
                .filter(p -> p.line() > 0 && p.file() != null && !p.file().isEmpty())
                .map(p -> {
                    int column = Math.max(1, p.column());
                    return new Finding(TYPE, new Location(p.file(), new Span(p.line(), column, p.line(), column)), null,
                            p.message());
                })
                .distinct()
                .sorted(Finding.ORDER)
                .toList();
    }
}
