package dev.protovet.engine.fix;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.pair.EnumPair;
import dev.protovet.engine.pair.Pairing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The fix of one paired enum whose numbers were deleted: each number and every name it had reserved, or (with
 * {@link FixStrategy#DEPRECATE}) its values declared again as deprecated.
 */
final class DeletedValueFixes {
    // Field numbers of EnumDescriptorProto, as SourceCodeInfo path elements.
    private static final int RESERVED_RANGE = 4, RESERVED_NAME = 5;

    private final FixStrategy strategy;
    private final List<FixNote> notes;

    DeletedValueFixes(FixStrategy strategy, List<FixNote> notes) {
        this.strategy = strategy;
        this.notes = notes;
    }

    static boolean hasDeletions(EnumPair pair) {
        return !deleted(pair).isEmpty();
    }

    void fix(EnumPair pair, FileEdits edits) {
        EnumType now = pair.current();
        String path = edits.file().path();
        Set<String> namesInUse = now.values().stream().map(EnumValue::name).collect(Collectors.toSet());
        List<StatementLine> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int reserved = 0;
        int restored = 0;
        for (Map.Entry<Integer, Map<String, EnumValue>> deleted : deleted(pair).entrySet()) {
            int number = deleted.getKey();
            List<EnumValue> values = List.copyOf(deleted.getValue().values());
            boolean numberReserved = now.reservedRanges().stream().anyMatch(r -> r.contains(number));
            boolean namesFree = values.stream()
                    .noneMatch(v -> namesInUse.contains(v.name()) || now.reservedNames().contains(v.name()));
            if (strategy == FixStrategy.DEPRECATE && !numberReserved && namesFree) {
                Optional<List<StatementLine>> declared = restore(values, now, path);
                if (declared.isPresent()) {
                    lines.addAll(declared.get());
                    restored++;
                    continue;
                }
            }
            boolean reserving = !numberReserved;
            if (reserving) {
                numbers.add(number);
            }
            for (EnumValue value : values) {
                if (namesInUse.contains(value.name())) {
                    note(path, value, "keeps its name unreserved: another value of the enum is named so now.");
                } else if (!now.reservedNames().contains(value.name())) {
                    names.add(value.name());
                    reserving = true;
                }
            }
            if (reserving) {
                reserved++;
            }
        }
        lines.addAll(ReservedStatements.of(numbers, names, edits.file().syntax()));
        Optional<Insertion> insertion = ClosingBrace.insert(edits.text(), now.source(), memberSpans(now), lines);
        if (insertion.isEmpty()) {
            notes.add(ClosingBrace.notFound(path, "Enum", now.fullName()));
            return;
        }
        edits.add(List.of(insertion.get()), new FixTally(0, reserved, 0, restored), List.of());
    }

    /** The values of one number declared again; empty (after a note) when they cannot be. */
    private Optional<List<StatementLine>> restore(List<EnumValue> values, EnumType now, String path) {
        if (values.size() > 1 && !now.options().getAllowAlias()) {
            note(path, values.get(0), "is reserved, not restored: its number had several names and the enum no"
                    + " longer allows aliases.");
            return Optional.empty();
        }
        List<StatementLine> lines = new ArrayList<>();
        for (EnumValue value : values) {
            Restoration restoration = DeprecatedDeclarations.enumValue(value);
            if (!restoration.restored()) {
                note(path, value, "is reserved, not restored: " + restoration.refusal() + ".");
                return Optional.empty();
            }
            lines.add(StatementLine.member(restoration.declaration()));
        }
        return Optional.of(lines);
    }

    /** Deleted numbers in order, each with the names it had (aliases give several). */
    private static Map<Integer, Map<String, EnumValue>> deleted(EnumPair pair) {
        Map<Integer, Map<String, EnumValue>> now = Pairing.valuesByNumber(pair.current());
        Map<Integer, Map<String, EnumValue>> out = new TreeMap<>();
        Pairing.valuesByNumber(pair.previous()).forEach((number, values) -> {
            if (!now.containsKey(number)) {
                out.put(number, values);
            }
        });
        return out;
    }

    private static List<Span> memberSpans(EnumType enumType) {
        Source source = enumType.source();
        return Spans.of(Stream.of(
                enumType.values().stream().map(EnumValue::source),
                IntStream.range(0, enumType.reservedRanges().size()).mapToObj(i -> source.child(RESERVED_RANGE, i)),
                IntStream.range(0, enumType.reservedNames().size()).mapToObj(i -> source.child(RESERVED_NAME, i)))
                .flatMap(s -> s));
    }

    private void note(String path, EnumValue value, String what) {
        notes.add(new FixNote(path, "Deleted enum value \"" + value.number() + "\" with name \"" + value.name()
                + "\" on enum \"" + value.enumName() + "\" " + what));
    }
}
