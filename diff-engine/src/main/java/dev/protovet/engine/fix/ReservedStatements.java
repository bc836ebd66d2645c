package dev.protovet.engine.fix;

import dev.protovet.engine.model.Syntax;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code reserved} statements as protoc reads them: numbers sorted, runs written as ranges ({@code reserved 2, 4 to 6;});
 * names quoted in proto2 and proto3, bare identifiers in editions ({@code reserved foo, bar;}).
 */
final class ReservedStatements {
    private ReservedStatements() {
    }

    /** The statements reserving {@code numbers} and then {@code names}: none, one or two lines. */
    static List<StatementLine> of(Collection<Integer> numbers, Collection<String> names, Syntax syntax) {
        List<StatementLine> lines = new ArrayList<>();
        if (!numbers.isEmpty()) {
            lines.add(StatementLine.member("reserved " + ranges(numbers) + ";"));
        }
        if (!names.isEmpty()) {
            lines.add(StatementLine.member("reserved " + names.stream()
                    .map(n -> syntax == Syntax.EDITIONS ? n : "\"" + n + "\"")
                    .collect(Collectors.joining(", ")) + ";"));
        }
        return lines;
    }

    private static String ranges(Collection<Integer> numbers) {
        List<Integer> sorted = numbers.stream().distinct().sorted().toList();
        List<String> parts = new ArrayList<>();
        int start = sorted.get(0);
        int end = start;
        for (int number : sorted.subList(1, sorted.size())) {
            if (number == end + 1) {
                end = number;
            } else {
                parts.add(range(start, end));
                start = number;
                end = number;
            }
        }
        parts.add(range(start, end));
        return String.join(", ", parts);
    }

    private static String range(int start, int end) {
        return start == end ? Integer.toString(start) : start + " to " + end;
    }
}
