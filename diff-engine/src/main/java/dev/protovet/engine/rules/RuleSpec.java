package dev.protovet.engine.rules;

import java.util.List;

/** A built-in rule with its metadata per config version. */
public record RuleSpec(String id, Rule rule, List<String> v2Categories, boolean v2Default, List<String> v1Categories,
                       boolean v1Default, List<String> v1beta1Categories, boolean v1beta1Default, String purpose) {

    public List<String> categories(ConfigVersion version) {
        return switch (version) {
            case V2 -> v2Categories;
            case V1 -> v1Categories;
            case V1BETA1 -> v1beta1Categories;
        };
    }

    public boolean isDefault(ConfigVersion version) {
        return switch (version) {
            case V2 -> v2Default;
            case V1 -> v1Default;
            case V1BETA1 -> v1beta1Default;
        };
    }

    /** Whether the rule exists under this config version: v1 and v1beta1 know only the rules they categorize. */
    public boolean existsIn(ConfigVersion version) {
        return version == ConfigVersion.V2 || !categories(version).isEmpty();
    }
}
