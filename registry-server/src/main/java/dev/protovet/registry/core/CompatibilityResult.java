package dev.protovet.registry.core;

import java.util.List;

/** The answer of a compatibility check; {@code messages} say why when it is not compatible. */
public record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
