package dev.protovet.registry.core;

import java.util.List;

/**
 * The answer of a compatibility check; {@code messages} say why when it is not compatible, and {@code schemaInvalid}
 * says the schema did not even compile (a verbose check answers that as incompatible, as Confluent does).
 */
public record CompatibilityResult(boolean compatible, List<String> messages, boolean schemaInvalid) {
    public CompatibilityResult {
        messages = List.copyOf(messages);
    }

    public CompatibilityResult(boolean compatible, List<String> messages) {
        this(compatible, messages, false);
    }
}
