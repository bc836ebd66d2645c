package dev.protovet.engine.fix;

import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The insertions planned so far for one current file, what they amount to, and the imports they need. */
final class FileEdits {
    // Field numbers of FileDescriptorProto, as SourceCodeInfo paths.
    private static final int PACKAGE = 2, DEPENDENCY = 3, SYNTAX = 12, EDITION = 14;

    private final ProtoFile file;
    private final SourceText text;
    private final List<Insertion> insertions = new ArrayList<>();
    private final TreeSet<String> imports = new TreeSet<>();
    private FixTally tally = FixTally.NONE;

    FileEdits(ProtoFile file, byte[] contents) {
        this.file = file;
        this.text = new SourceText(contents);
    }

    ProtoFile file() {
        return file;
    }

    SourceText text() {
        return text;
    }

    /** Adds the insertions of one message or enum, what they do and the imports they need. */
    void add(List<Insertion> more, FixTally done, List<String> needed) {
        insertions.addAll(more);
        tally = tally.plus(done);
        imports.addAll(needed);
    }

    /** The fix of this file; empty when nothing was planned for it. */
    Optional<FileFix> fix() {
        if (insertions.isEmpty()) {
            return Optional.empty();
        }
        List<Insertion> all = new ArrayList<>(insertions);
        if (!imports.isEmpty()) {
            all.add(importInsertion());
        }
        return Optional.of(new FileFix(file.path(), text.bytes(), all, tally));
    }

    /** The imports on lines of their own after the last import, else after the package, syntax or edition line. */
    private Insertion importInsertion() {
        String eol = text.lineBreak();
        StringBuilder lines = new StringBuilder();
        imports.forEach(path -> lines.append("import ").append(OptionList.quoted(path)).append(";").append(eol));
        Anchor anchor = anchor();
        if (anchor == null) {
            return new Insertion(0, lines.toString());
        }
        int offset = text.nextLineStart(anchor.span().endLine() - 1);
        boolean lastLineUnbroken = offset == text.length() && !text.endsWithLineBreak();
        String block = anchor.afterImport() ? lines.toString() : eol + lines; // a blank line after package or syntax
        return new Insertion(offset, lastLineUnbroken ? eol + block.stripTrailing() : block);
    }

    private record Anchor(Span span, boolean afterImport) {
    }

    private Anchor anchor() {
        Source root = file.source();
        if (!file.dependencies().isEmpty()) {
            Span lastImport = Spans.of(root.child(DEPENDENCY, file.dependencies().size() - 1));
            if (lastImport != null) {
                return new Anchor(lastImport, true);
            }
        }
        return Stream.of(PACKAGE, EDITION, SYNTAX).map(root::child).map(Spans::of).filter(Objects::nonNull)
                .findFirst().map(span -> new Anchor(span, false)).orElse(null);
    }
}
