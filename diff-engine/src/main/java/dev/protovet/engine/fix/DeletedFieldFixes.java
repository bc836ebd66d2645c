package dev.protovet.engine.fix;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.Oneof;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.pair.MessagePair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The fix of one paired message whose fields were deleted: their numbers and names reserved, or (with
 * {@link FixStrategy#DEPRECATE}) the fields declared again as deprecated, oneof members inside their oneof.
 */
final class DeletedFieldFixes {
    // Field numbers of DescriptorProto, as SourceCodeInfo path elements.
    private static final int EXTENSION_RANGE = 5, RESERVED_RANGE = 9, RESERVED_NAME = 10;
    /** The key of restored fields that belong to no oneof. */
    private static final String NO_ONEOF = "";

    private final FixStrategy strategy;
    private final DeprecatedDeclarations deprecated;
    private final List<FixNote> notes;

    DeletedFieldFixes(FixStrategy strategy, DeprecatedDeclarations deprecated, List<FixNote> notes) {
        this.strategy = strategy;
        this.deprecated = deprecated;
        this.notes = notes;
    }

    static boolean hasDeletions(MessagePair pair) {
        return !pair.current().mapEntry() && !deleted(pair).isEmpty();
    }

    void fix(MessagePair pair, FileEdits edits) {
        MessageType now = pair.current();
        String path = edits.file().path();
        Set<String> namesInUse = now.fields().stream().map(Field::name).collect(Collectors.toSet());
        List<Integer> numbers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, List<String>> restoredByOneof = new LinkedHashMap<>();
        List<String> imports = new ArrayList<>();
        int reserved = 0;
        int restored = 0;
        for (Field field : deleted(pair)) {
            boolean numberReserved = now.reservedRanges().stream().anyMatch(r -> r.contains(field.number()));
            boolean inExtensions = now.extensionRanges().stream().anyMatch(r -> r.contains(field.number()));
            boolean nameReserved = now.reservedNames().contains(field.name());
            boolean nameTaken = namesInUse.contains(field.name());
            if (strategy == FixStrategy.DEPRECATE && !numberReserved && !inExtensions && !nameReserved && !nameTaken) {
                Restoration restoration = deprecated.field(field, edits.file(), now.fullName());
                if (restoration.restored()) {
                    restoredByOneof.computeIfAbsent(oneofOf(field), k -> new ArrayList<>()).add(restoration.declaration());
                    imports.addAll(restoration.imports());
                    restored++;
                    continue;
                }
                note(path, field, "is reserved, not restored: " + restoration.refusal() + ".");
            }
            boolean reserving = false;
            if (inExtensions) {
                note(path, field, "is not reserved: its number is in an extension range of the message now.");
            } else if (!numberReserved) {
                numbers.add(field.number());
                reserving = true;
            }
            if (nameTaken) {
                note(path, field, "keeps its name unreserved: another field of the message is named so now.");
            } else if (!nameReserved) {
                names.add(field.name());
                reserving = true;
            }
            if (reserving) {
                reserved++;
                if (field.isRequired()) {
                    note(path, field, "was required: reserving it still breaks MESSAGE_SAME_REQUIRED_FIELDS (WIRE);"
                            + " --strategy deprecate keeps it.");
                }
            }
        }
        Optional<List<Insertion>> insertions = insertions(edits, now, restoredByOneof,
                ReservedStatements.of(numbers, names, edits.file().syntax()));
        if (insertions.isEmpty()) {
            notes.add(ClosingBrace.notFound(path, "Message", now.fullName()));
            return;
        }
        edits.add(insertions.get(), new FixTally(reserved, 0, restored, 0), imports);
    }

    private static List<Field> deleted(MessagePair pair) {
        return pair.previousFields().values().stream()
                .filter(f -> !pair.currentFields().containsKey(f.number()))
                .sorted(Comparator.comparingInt(Field::number))
                .toList();
    }

    /**
     * Restored oneof members go into their oneof when the message still has it, else into a new one at the end of
     * the message; the other restored fields and the reserved statements go at the end of the message too.
     */
    private static Optional<List<Insertion>> insertions(FileEdits edits, MessageType now,
                                                        Map<String, List<String>> restoredByOneof,
                                                        List<StatementLine> reservedLines) {
        SourceText text = edits.text();
        List<Insertion> out = new ArrayList<>();
        List<StatementLine> atEnd = new ArrayList<>();
        restoredByOneof.getOrDefault(NO_ONEOF, List.of()).forEach(d -> atEnd.add(StatementLine.member(d)));
        for (Map.Entry<String, List<String>> group : restoredByOneof.entrySet()) {
            if (group.getKey().equals(NO_ONEOF)) {
                continue;
            }
            List<StatementLine> members = group.getValue().stream().map(StatementLine::member).toList();
            Optional<Oneof> existing = now.oneofs().stream()
                    .filter(o -> !o.synthetic() && o.name().equals(group.getKey())).findFirst();
            if (existing.isPresent()) {
                Optional<Insertion> inside = ClosingBrace.insert(text, existing.get().source(), Spans.of(now.fields()
                        .stream().filter(f -> existing.get().equals(f.oneof())).map(Field::source)), members);
                if (inside.isEmpty()) {
                    return Optional.empty();
                }
                out.add(inside.get());
            } else {
                atEnd.add(StatementLine.member("oneof " + group.getKey() + " {"));
                members.forEach(m -> atEnd.add(new StatementLine(1, m.text())));
                atEnd.add(StatementLine.member("}"));
            }
        }
        atEnd.addAll(reservedLines);
        if (!atEnd.isEmpty()) {
            Optional<Insertion> end = ClosingBrace.insert(text, now.source(), memberSpans(now), atEnd);
            if (end.isEmpty()) {
                return Optional.empty();
            }
            out.add(end.get());
        }
        return Optional.of(out);
    }

    /** The declarations directly in a message (oneof members are one level deeper, so not those). */
    private static List<Span> memberSpans(MessageType message) {
        Source source = message.source();
        return Spans.of(Stream.of(
                message.fields().stream().filter(f -> f.oneof() == null || f.oneof().synthetic()).map(Field::source),
                message.oneofs().stream().filter(o -> !o.synthetic()).map(Oneof::source),
                message.nestedMessages().stream().filter(m -> !m.mapEntry()).map(MessageType::source),
                message.enums().stream().map(EnumType::source),
                IntStream.range(0, message.reservedRanges().size()).mapToObj(i -> source.child(RESERVED_RANGE, i)),
                IntStream.range(0, message.reservedNames().size()).mapToObj(i -> source.child(RESERVED_NAME, i)),
                IntStream.range(0, message.extensionRanges().size()).mapToObj(i -> source.child(EXTENSION_RANGE, i)))
                .flatMap(s -> s));
    }

    private static String oneofOf(Field field) {
        return field.oneof() == null || field.oneof().synthetic() ? NO_ONEOF : field.oneof().name();
    }

    private void note(String path, Field field, String what) {
        notes.add(new FixNote(path, "Deleted " + Character.toLowerCase(field.description().charAt(0))
                + field.description().substring(1) + " " + what));
    }
}
