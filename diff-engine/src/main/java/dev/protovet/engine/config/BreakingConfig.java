package dev.protovet.engine.config;

import dev.protovet.engine.rules.ConfigVersion;
import java.util.List;
import java.util.Map;

/** The {@code breaking:} block of a buf.yaml: which rules run and which paths they skip. */
public record BreakingConfig(
        ConfigVersion version,
        List<String> use,
        List<String> except,
        List<String> ignore,
        Map<String, List<String>> ignoreOnly,
        boolean ignoreUnstablePackages) {

    public BreakingConfig {
        use = List.copyOf(use);
        except = List.copyOf(except);
        ignore = List.copyOf(ignore);
        ignoreOnly = Map.copyOf(ignoreOnly);
    }

    /** buf's default: the FILE category. */
    public static BreakingConfig defaults(ConfigVersion version) {
        return new BreakingConfig(version, List.of("FILE"), List.of(), List.of(), Map.of(), false);
    }

    /** The same rules, under a different config version. */
    public BreakingConfig withVersion(ConfigVersion newVersion) {
        return new BreakingConfig(newVersion, use, except, ignore, ignoreOnly, ignoreUnstablePackages);
    }
}
