package dev.protovet.engine.rules;

import java.util.List;

/** A built-in rule with its metadata per config version. */
public record RuleSpec(String id, Rule rule, List<String> v2Categories, boolean v2Default, List<String> v1Categories,
                       boolean v1Default, String purpose) {

    public List<String> categories(ConfigVersion version) {
        return version == ConfigVersion.V2 ? v2Categories : v1Categories;
    }

    public boolean isDefault(ConfigVersion version) {
        return version == ConfigVersion.V2 ? v2Default : v1Default;
    }

    /** Whether the rule exists under this config version: v1 knows only the rules it gives categories. */
    public boolean existsIn(ConfigVersion version) {
        return version == ConfigVersion.V2 || !v1Categories.isEmpty();
    }
}
