package dev.protovet.registry.core;

import java.util.List;

/**
 * The settings that apply to a subject after falling back from subject to global to the server default: the
 * compatibility level, the buf rule or category IDs that decide it (default {@code CSR}), and normalization.
 */
public record EffectiveConfig(CompatibilityLevel level, List<String> rules, boolean normalize) {
    public static final List<String> DEFAULT_RULES = List.of("CSR");

    public EffectiveConfig {
        rules = List.copyOf(rules);
    }
}
