package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.TagRange;
import dev.protovet.engine.rules.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Checks that every number of the previous ranges is still covered by the current ranges (reserved, extension). */
final class TagRanges {
    private TagRanges() {
    }

    static void check(String rangeKind, String elementKind, String elementName, int max, Source current,
                      Source previous, List<TagRange> previousRanges, List<TagRange> currentRanges, Findings out) {
        if (previousRanges.isEmpty()) {
            return;
        }
        List<TagRange> collapsed = collapse(currentRanges);
        for (TagRange range : previousRanges) {
            List<TagRange> missing = missing(range, collapsed);
            if (!missing.isEmpty()) {
                out.add(current, previous, "Previously present " + rangeKind + " range \"" + render(range, max)
                        + "\" on " + elementKind + " \"" + elementName + "\" is missing values: "
                        + missing.stream().map(r -> render(r, max)).collect(Collectors.joining(", "))
                        + " were removed.");
            }
        }
    }

    private static String render(TagRange range, int max) {
        if (range.start() == range.end()) {
            return "[" + range.start() + "]";
        }
        return "[" + range.start() + "," + (range.end() == max ? "max" : Integer.toString(range.end())) + "]";
    }

    /** Sorted, with overlapping and adjacent ranges merged. */
    static List<TagRange> collapse(List<TagRange> ranges) {
        List<TagRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TagRange::start).thenComparingInt(TagRange::end));
        List<TagRange> out = new ArrayList<>();
        for (TagRange range : sorted) {
            if (!out.isEmpty() && (long) range.start() <= (long) out.get(out.size() - 1).end() + 1) {
                TagRange last = out.remove(out.size() - 1);
                out.add(new TagRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                out.add(range);
            }
        }
        return out;
    }

    /** The parts of {@code range} that no collapsed range covers. */
    static List<TagRange> missing(TagRange range, List<TagRange> collapsed) {
        List<TagRange> out = new ArrayList<>();
        long next = range.start();
        for (TagRange cover : collapsed) {
            if (cover.end() < next) {
                continue;
            }
            if (cover.start() > range.end()) {
                break;
            }
            if (cover.start() > next) {
                out.add(new TagRange((int) next, cover.start() - 1));
            }
            next = (long) cover.end() + 1;
            if (next > range.end()) {
                return out;
            }
        }
        if (next <= range.end()) {
            out.add(new TagRange((int) next, range.end()));
        }
        return out;
    }
}
