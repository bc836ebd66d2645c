package dev.protovet.registry.model;

/**
 * The compatibility settings a scope (the global scope, or a subject) sets itself: a level, the rule or category
 * IDs that decide it, and normalization. A null part is not set there and falls back to the next scope.
 */
public record ScopeConfig(String level, String rules, Boolean normalize) {
    public static final ScopeConfig UNSET = new ScopeConfig(null, null, null);

    /** This config with the parts {@code update} sets replacing its own. */
    public ScopeConfig updatedWith(ScopeConfig update) {
        return new ScopeConfig(update.level != null ? update.level : level,
                update.rules != null ? update.rules : rules,
                update.normalize != null ? update.normalize : normalize);
    }

    public boolean isUnset() {
        return level == null && rules == null && normalize == null;
    }
}
