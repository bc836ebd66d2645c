package dev.protovet.engine.rules;

import java.util.Arrays;
import java.util.Optional;

/** The named sets of breaking rules that {@code use} and {@code except} can name, strictest first, as in buf. */
public enum Category {
    /** Generated code keeps compiling: nothing moves between files. What runs when a config names no rules. */
    FILE,
    /** Generated code keeps compiling, but declarations may move between the files of a package. */
    PACKAGE,
    /** Data in the binary and the JSON encoding stays readable. */
    WIRE_JSON,
    /** Data in the binary encoding stays readable. */
    WIRE,
    /** buf's rules for schemas in Confluent Schema Registry (config version v2 only). */
    CSR,
    /**
     * Confluent Schema Registry's own verdicts on protobuf schemas: one rule per difference it calls incompatible.
     * protovet's, not buf's; in every config version.
     */
    CONFLUENT;

    /** The category with this ID, if the ID names one. */
    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.name().equals(id)).findFirst();
    }
}
