package dev.protovet.engine.changes;

import dev.protovet.engine.model.Location;
import java.util.List;

/**
 * One entry of a changelog. {@code kind} is added, removed, changed or deprecated; {@code rules} are the breaking
 * rules that report it (none for a compatible change) and {@code breakingIn} the categories in which it breaks.
 */
public record Change(Kind kind, String description, Location location, List<String> rules, List<String> breakingIn) {

    /** What happened to the element. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, DEPRECATED;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Change {
        rules = List.copyOf(rules);
        breakingIn = List.copyOf(breakingIn);
    }

    public boolean breaking() {
        return !rules.isEmpty();
    }
}
