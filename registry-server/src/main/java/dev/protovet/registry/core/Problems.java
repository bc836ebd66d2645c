package dev.protovet.registry.core;

import dev.protovet.engine.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Findings grouped into problems, one per element and change: buf's rules often report one change several times
 * (a deleted field as FIELD_NO_DELETE and both of its _UNLESS_ forms; a type change as FIELD_SAME_TYPE and
 * FIELD_WIRE_JSON_COMPATIBLE_TYPE), at the same place, each message the same sentence with more or less added.
 */
public final class Problems {
    private Problems() {
    }

    /** One problem: every rule that reports it, and the finding that says it most plainly (the shortest). */
    public record Problem(List<String> ruleIds, Finding finding) {
        public Problem {
            ruleIds = List.copyOf(ruleIds);
        }
    }

    /** The problems of {@code findings}, in the findings' order. */
    public static List<Problem> of(List<Finding> findings) {
        List<Finding> plainestFirst = new ArrayList<>(findings);
        plainestFirst.sort(Comparator.comparingInt(f -> f.message().length()));
        List<List<Finding>> groups = new ArrayList<>();
        for (Finding f : plainestFirst) {
            groups.stream().filter(g -> sameProblem(g.get(0), f)).findFirst()
                    .orElseGet(() -> {
                        List<Finding> group = new ArrayList<>();
                        groups.add(group);
                        return group;
                    })
                    .add(f);
        }
        groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(findings::indexOf).min().orElse(0)));
        return groups.stream().map(g -> new Problem(g.stream().map(Finding::ruleId).distinct().sorted().toList(),
                g.get(0))).toList();
    }

    /** The same place, and the plainer message is the other's opening sentence (without its full stop). */
    private static boolean sameProblem(Finding plainer, Finding other) {
        String base = plainer.message().endsWith(".")
                ? plainer.message().substring(0, plainer.message().length() - 1) : plainer.message();
        return Objects.equals(plainer.path(), other.path())
                && plainer.location().span().equals(other.location().span())
                && (other.message().equals(plainer.message()) || other.message().startsWith(base + " ")
                        || other.message().startsWith(base + "."));
    }
}
