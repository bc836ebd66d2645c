package dev.protovet.engine.changes;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.Category;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.rules.RuleSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change between two images: what some rule calls breaking (with the categories in which it breaks: wire,
 * JSON, generated code, ...) and what breaks nobody (additions, deprecations). For release notes and PR comments.
 */
public final class Changelog {
    /** buf's rules: the CONFLUENT ones would report the same changes again, in Confluent's words. */
    private static final BreakingConfig EVERY_RULE = new BreakingConfig(ConfigVersion.V2,
            BuiltInRules.bufRules().stream().map(RuleSpec::id).toList(), List.of(), List.of(), Map.of(), false);

    private Changelog() {
    }

    public static List<Change> between(Image previous, Image current) {
        // Several rules may report one change (FIELD_NO_DELETE and its lenient forms, the three type rules): they
        // become one entry, listing every rule and every category in which the change breaks.
        Pairing pairing = new Pairing(previous, current);
        Map<String, List<Finding>> byChange = new LinkedHashMap<>();
        for (Finding finding : BreakingCheck.run(pairing, EVERY_RULE)) {
            Location at = finding.location();
            byChange.computeIfAbsent(at.path() + ":" + at.span() + ":" + baseSentence(finding.message()),
                    k -> new ArrayList<>()).add(finding);
        }
        List<Change> changes = new ArrayList<>();
        byChange.values().forEach(findings -> changes.add(breakingChange(findings)));
        changes.addAll(CompatibleChanges.of(pairing));
        changes.sort(ORDER);
        return changes;
    }

    private static Change breakingChange(List<Finding> findings) {
        Finding first = findings.get(0);
        Set<Category> categories = EnumSet.noneOf(Category.class);
        findings.forEach(f -> categories.addAll(BuiltInRules.all().get(f.ruleId()).categories(ConfigVersion.V2)));
        return new Change(first.ruleId().contains("NO_DELETE") ? Change.Kind.REMOVED : Change.Kind.CHANGED,
                baseSentence(first.message()), first.location(), findings.stream().map(Finding::ruleId).sorted().toList(),
                categories.stream().map(Category::name).toList());
    }

    /** A finding's sentence without what only one rule adds (the reservation it wants, links to docs). */
    private static String baseSentence(String message) {
        String base = message.replaceFirst(" without reserving the (number|names?) .*$", ".");
        int see = base.indexOf(" See https://");
        return see < 0 ? base : base.substring(0, see);
    }

    /** Breaking first, then by file and position. */
    static final Comparator<Change> ORDER = Comparator.comparing((Change c) -> !c.breaking())
            .thenComparing(c -> c.location().path() == null ? "" : c.location().path())
            .thenComparingInt(c -> c.location().span().startLine())
            .thenComparingInt(c -> c.location().span().startColumn())
            .thenComparing(c -> String.join(",", c.rules()))
            .thenComparing(Change::description);

    /** The same change shown at another path (a file's path on disk). */
    public static Change withPath(Change change, String path) {
        Location at = change.location();
        return at.path() == null ? change : new Change(change.kind(), change.description(),
                new Location(path, at.span()), change.rules(), change.breakingIn());
    }
}
