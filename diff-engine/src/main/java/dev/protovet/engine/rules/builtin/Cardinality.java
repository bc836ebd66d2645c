package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;

/** A field's cardinality as buf names it, with the groups inside which a change stays compatible. */
enum Cardinality {
    OPTIONAL_EXPLICIT("optional with explicit presence", 1, 1),
    OPTIONAL_IMPLICIT("optional with implicit presence", 1, 1),
    REQUIRED("required", 2, 2),
    REPEATED("repeated", 3, 3),
    MAP("map", 3, 4);

    private final String text;
    final int wireGroup;
    final int wireJsonGroup;

    Cardinality(String text, int wireGroup, int wireJsonGroup) {
        this.text = text;
        this.wireGroup = wireGroup;
        this.wireJsonGroup = wireJsonGroup;
    }

    static Cardinality of(Field field) {
        if (field.map()) {
            return MAP;
        }
        if (field.isRepeated()) {
            return REPEATED;
        }
        if (field.isRequired()) {
            return REQUIRED;
        }
        return field.hasPresence() ? OPTIONAL_EXPLICIT : OPTIONAL_IMPLICIT;
    }

    @Override
    public String toString() {
        return text;
    }
}
