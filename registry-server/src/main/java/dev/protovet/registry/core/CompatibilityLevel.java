package dev.protovet.registry.core;

import java.util.Locale;

/** Confluent's compatibility levels: which direction a new schema is checked in, and against which versions. */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    /** The server's default, as in Confluent. */
    public static final CompatibilityLevel DEFAULT = BACKWARD;

    public static CompatibilityLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RegistryException.invalidCompatibilityLevel(text);
        }
    }

    /** Checked against every live version, not just the latest. */
    public boolean transitive() {
        return name().endsWith("_TRANSITIVE");
    }

    /** The same direction against one version: a transitive level's plain form. */
    public CompatibilityLevel plain() {
        return transitive() ? valueOf(name().substring(0, name().length() - "_TRANSITIVE".length())) : this;
    }

    /** New readers must read old data: the old schema is "previous", the new one "current". */
    public boolean backward() {
        return name().startsWith("BACKWARD") || name().startsWith("FULL");
    }

    /** Old readers must read new data: the new schema is "previous", the old one "current". */
    public boolean forward() {
        return name().startsWith("FORWARD") || name().startsWith("FULL");
    }
}
