package dev.protovet.engine.rules;

import java.util.List;

/** A built-in rule with its categories per config version. */
public record RuleSpec(String id, Membership membership, Rule rule, String purpose) {

    public List<Category> categories(ConfigVersion version) {
        return membership.in(version);
    }

    /** The categories as IDs, for display. */
    public List<String> categoryIds(ConfigVersion version) {
        return categories(version).stream().map(Category::name).toList();
    }

    /** Whether the rule runs when a config names no rules: as in buf, exactly the FILE category does. */
    public boolean isDefault(ConfigVersion version) {
        return categories(version).contains(Category.FILE);
    }

    /** Whether the rule exists under this config version: v1 and v1beta1 know only the rules they categorize. */
    public boolean existsIn(ConfigVersion version) {
        return version == ConfigVersion.V2 || !categories(version).isEmpty();
    }
}
