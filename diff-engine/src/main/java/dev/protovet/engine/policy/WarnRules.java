package dev.protovet.engine.policy;

import dev.protovet.engine.InputException;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.Category;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.engine.rules.RuleSpec;
import java.util.List;

/** The rules and categories whose findings are warnings instead of failures ({@code --warn}, {@code breaking.warn}). */
public record WarnRules(List<String> idsOrCategories) {
    public WarnRules {
        idsOrCategories = List.copyOf(idsOrCategories);
    }

    public static WarnRules none() {
        return new WarnRules(List.of());
    }

    /**
     * @param origin names where the list was given ({@code --warn}, {@code protovet.yaml: breaking.warn})
     * @throws InputException when an entry names neither a rule nor a category
     */
    public static WarnRules of(List<String> idsOrCategories, String origin) {
        for (String id : idsOrCategories) {
            if (!BuiltInRules.all().containsKey(id) && Category.byId(id).isEmpty()) {
                throw new InputException("", origin + ": unknown rule or category \"" + id + "\"");
            }
        }
        return new WarnRules(idsOrCategories);
    }

    public WarnRules plus(WarnRules more) {
        return new WarnRules(java.util.stream.Stream.concat(idsOrCategories.stream(), more.idsOrCategories.stream())
                .distinct().toList());
    }

    /** Whether {@code ruleId}'s findings are warnings, its categories taken as in config {@code version}. */
    public boolean covers(String ruleId, ConfigVersion version) {
        if (idsOrCategories.contains(ruleId)) {
            return true;
        }
        RuleSpec spec = BuiltInRules.all().get(ruleId);
        return spec != null && spec.categories(version).stream().anyMatch(c -> idsOrCategories.contains(c.name()));
    }
}
