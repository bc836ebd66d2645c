package dev.protovet.engine.config;

import dev.protovet.engine.InputException;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.Category;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.rules.RuleSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns {@code use} and {@code except} (rule and category IDs) into the rules to run, as buf does. */
public final class RuleSelector {
    private RuleSelector() {
    }

    public static List<RuleSpec> select(BreakingConfig config) {
        // rule IDs under ignore_only name rules too: a misspelt one would silently ignore nothing
        expand(List.copyOf(config.ignoreOnly().keySet()), config.version(), "ignore_only");
        Set<String> chosen = expand(config.use(), config.version(), "use");
        chosen.removeAll(expand(config.except(), config.version(), "except"));
        List<RuleSpec> out = new ArrayList<>();
        BuiltInRules.all().forEach((id, spec) -> {
            if (chosen.contains(id)) {
                out.add(spec);
            }
        });
        return out;
    }

    /** Expands rule, category and deprecated IDs into rule IDs; any other ID is an error naming it. */
    public static Set<String> expand(List<String> ids, ConfigVersion version, String key) {
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            RuleSpec spec = BuiltInRules.all().get(id);
            List<RuleSpec> category = Category.byId(id).map(c -> BuiltInRules.inCategory(c, version)).orElse(List.of());
            if (spec != null && spec.existsIn(version)) {
                out.add(id);
            } else if (!category.isEmpty()) {
                category.forEach(s -> out.add(s.id()));
            } else if (BuiltInRules.replacements(id) != null) {
                out.addAll(BuiltInRules.replacements(id));
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputException("breaking." + key, "unknown rule or category ID" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " (config version " + version.name().toLowerCase(java.util.Locale.ROOT)
                    + "; run `protovet rules` to list them)");
        }
        return out;
    }
}
