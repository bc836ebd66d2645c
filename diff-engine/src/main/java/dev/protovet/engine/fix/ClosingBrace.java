package dev.protovet.engine.fix;

import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Places new statements at the end of a message, enum or oneof, just before its closing brace, indented like its
 * other members. A brace alone on its line gets whole new lines above it; a brace after other text (a one-line
 * {@code message M {}}) gets the statements on lines of their own and moves to the next line, indented like the
 * declaration. Nothing of the original text is removed.
 */
final class ClosingBrace {
    private ClosingBrace() {
    }

    /** The same for a declaration by its source; empty too when the source info has no span for it. */
    static Optional<Insertion> insert(SourceText text, Source container, List<Span> members, List<StatementLine> lines) {
        Span span = Spans.of(container);
        return span == null ? Optional.empty() : insert(text, span, members, lines);
    }

    /** What a fix says of a message or enum ({@code kind}) whose brace is not found: it is left alone. */
    static FixNote notFound(String path, String kind, String fullName) {
        return new FixNote(path, kind + " \"" + fullName + "\" was left as it is: its closing brace is not where"
                + " protoc found it.");
    }

    /**
     * @param container the declaration's span, closing brace included
     * @param members   spans of its direct members (where it has any), to copy their indentation
     * @return empty when the span does not end at a brace in this text (the file changed since it was compiled)
     */
    static Optional<Insertion> insert(SourceText text, Span container, List<Span> members, List<StatementLine> lines) {
        int brace = text.offset(container.endLine() - 1, container.endColumn() - 2);
        if (brace < 0 || text.at(brace) != '}') {
            return Optional.empty();
        }
        String unit = text.indentUnit();
        String outer = text.indentation(container.startLine() - 1);
        String inner = memberIndentation(text, container, members).orElse(outer + unit);
        String eol = text.lineBreak();
        StringBuilder statements = new StringBuilder();
        for (StatementLine line : lines) {
            statements.append(inner).append(unit.repeat(line.depth())).append(line.text()).append(eol);
        }
        if (text.onlyBlanksBefore(brace)) {
            return Optional.of(new Insertion(text.lineStart(container.endLine() - 1), statements.toString()));
        }
        return Optional.of(new Insertion(brace, eol + statements + outer));
    }

    private static Optional<String> memberIndentation(SourceText text, Span container, List<Span> members) {
        return members.stream()
                .filter(m -> m.startLine() > container.startLine())
                .sorted(Comparator.comparingInt(Span::startLine))
                .filter(m -> {
                    int start = text.offset(m.startLine() - 1, m.startColumn() - 1);
                    return start >= 0 && text.onlyBlanksBefore(start);
                })
                .findFirst()
                .map(m -> text.indentation(m.startLine() - 1));
    }
}
